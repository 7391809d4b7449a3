import { SENSITIVE_ATTRIBUTES } from "@dbcfg/config-file";
import { redactSecretValue } from "@dbcfg/pat";
import type { AttributeValue, Resolution } from "@dbcfg/unified-auth";

/** A secret value as dbcfg shows it (`dapi…1a2b`); values already masked by the resolver are kept. */
function maskValue(value: AttributeValue): AttributeValue {
  return typeof value === "string" ? redactSecretValue(value) : value;
}

function isSecret(name: string, flagged: boolean | undefined): boolean {
  return flagged === true || SENSITIVE_ATTRIBUTES.has(name);
}

/**
 * A copy of `resolution` in which every secret (attributes and shadowed values) is redacted,
 * whatever the resolver did: `describe` prints this, as text or as JSON.
 */
export function redactResolution(resolution: Resolution): Resolution {
  const attributes: Resolution["attributes"] = {};
  for (const [name, attribute] of Object.entries(resolution.attributes)) {
    attributes[name] = isSecret(name, attribute.sensitive) ? { ...attribute, value: maskValue(attribute.value) } : attribute;
  }
  const shadowed = resolution.shadowed.map((s) => (isSecret(s.name, s.sensitive) ? { ...s, value: maskValue(s.value) } : s));
  return { ...resolution, attributes, shadowed };
}
