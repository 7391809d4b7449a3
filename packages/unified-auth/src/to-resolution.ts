import { redactSecretValue, redactSecrets } from "@dbcfg/pat";
import { dialectAttributes } from "./dialect-attributes.js";
import { keepSecrets } from "./secret-values.js";
import type { ResolutionState } from "./state.js";
import type { AttributeValue, ResolvedAttribute, Resolution, ShadowedValue } from "./types.js";

function isSensitive(state: ResolutionState, name: string): boolean {
  return dialectAttributes(state.dialect).some((a) => a.name === name && a.sensitive);
}

function shown(value: AttributeValue, sensitive: boolean): AttributeValue {
  if (sensitive) return redactSecretValue(String(value));
  if (typeof value === "string") return redactSecrets(value);
  if (Array.isArray(value)) return value.map((v: string) => redactSecrets(v));
  return value;
}

type Computed = Omit<Resolution, "attributes" | "shadowed" | "warnings" | "dialect">;

/** The public `Resolution`: secrets redacted (raw ones reachable only through `secretValue`). */
export function toResolution(state: ResolutionState, computed: Computed): Resolution {
  const order = new Map(dialectAttributes(state.dialect).map((a, i) => [a.name, i]));
  const names = state.names().sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999));
  const attributes: Record<string, ResolvedAttribute> = {};
  const secrets = new Map<string, AttributeValue>();
  for (const name of names) {
    const entry = state.entry(name)!;
    const sensitive = isSensitive(state, name);
    if (sensitive) secrets.set(name, entry.value);
    attributes[name] = { value: shown(entry.value, sensitive), source: entry.source, ...(sensitive ? { sensitive: true as const } : {}) };
  }
  const shadowed: ShadowedValue[] = state.shadowed.map((s) => {
    const sensitive = isSensitive(state, s.name);
    return {
      name: s.name,
      value: shown(s.value, sensitive),
      source: s.source,
      hiddenBy: s.hiddenBy,
      ...(s.fileNotRead ? { fileNotRead: true as const } : {}),
      ...(sensitive ? { sensitive: true as const } : {}),
    };
  });
  const resolution: Resolution = {
    dialect: state.dialect,
    ...computed,
    ...(computed.host !== undefined ? { host: redactSecrets(computed.host) } : {}),
    attributes,
    shadowed,
    warnings: state.warnings.map(redactSecrets),
  };
  keepSecrets(resolution, secrets);
  return resolution;
}
