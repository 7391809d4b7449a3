import { ATTRIBUTES, SENSITIVE_ATTRIBUTES } from "@dbcfg/config-file";
import { redact } from "@dbcfg/pat";

/** One key `configure` sets or removes in a profile. */
export interface KeyChange {
  key: string;
  from?: string;
  /** `undefined` means the key is removed. */
  to?: string;
}

/**
 * Keys that select another auth method. The Databricks CLI's `configure` deletes the same set, so
 * that the profile does not end in "more than one authorization method configured".
 */
export const CONFLICTING_AUTH_KEYS: readonly string[] = [
  ...ATTRIBUTES.filter((a) => a.authGroup !== undefined && a.authGroup !== "pat").map((a) => a.name),
  "auth_type",
  "scopes",
  "databricks_cli_path",
];

/** What writing `wanted` into a profile that holds `current` changes, key by key. */
export function planChanges(current: Readonly<Record<string, string>>, wanted: Readonly<Record<string, string>>): KeyChange[] {
  const changes: KeyChange[] = [];
  for (const [key, to] of Object.entries(wanted)) {
    if (current[key] !== to) changes.push(current[key] === undefined ? { key, to } : { key, from: current[key], to });
  }
  for (const key of CONFLICTING_AUTH_KEYS) {
    if (current[key] !== undefined && !(key in wanted)) changes.push({ key, from: current[key] });
  }
  return changes;
}

/** `  token: dapi…1a2b → dapi…9f0e`, `  + host: https://…`, `  - password: *** (removed)`; secrets redacted. */
export function describeChange(change: KeyChange): string {
  const show = (value: string) => (isSecretKey(change.key) ? redact(value) : value);
  if (change.to === undefined) return `  - ${change.key}: ${show(change.from ?? "")} (removed: another auth method)`;
  if (change.from === undefined) return `  + ${change.key}: ${show(change.to)}`;
  return `  ~ ${change.key}: ${show(change.from)} → ${show(change.to)}`;
}

function isSecretKey(key: string): boolean {
  return SENSITIVE_ATTRIBUTES.has(key);
}
