import type { AttributeValue, Resolution } from "./types.js";

// Raw secrets live outside the Resolution object, so that printing, inspecting or serialising a
// Resolution can never show them.
const SECRETS = new WeakMap<Resolution, ReadonlyMap<string, AttributeValue>>();

export function keepSecrets(resolution: Resolution, secrets: ReadonlyMap<string, AttributeValue>): void {
  SECRETS.set(resolution, secrets);
}

/**
 * The unredacted value of a sensitive attribute (e.g. `token`) of a resolution, for code that must
 * use it (an API call); `resolution.attributes[name].value` only holds its redacted form.
 */
export function secretValue(resolution: Resolution, name: string): AttributeValue | undefined {
  return SECRETS.get(resolution)?.get(name);
}
