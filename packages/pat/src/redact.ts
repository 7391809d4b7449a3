/** Prefixes of Databricks secrets that are safe to show, since they only say what kind it is. */
const KNOWN_PREFIXES = ["dapi", "dose", "doau"] as const;
const VISIBLE_SUFFIX = 4;
/** Below this length even four trailing characters give too much of a secret away. */
const MIN_LENGTH_FOR_SUFFIX = 16;

export const REDACTED = "***";

/**
 * A display form of a secret that identifies it without revealing it: `dapi…1a2b` for a PAT
 * (never more than the prefix and the last 4 characters), `…1a2b` for other long secrets, and
 * `***` for short ones, where even 4 characters would be a large share of the secret.
 */
export function redact(secret: string): string {
  const value = secret.trim();
  if (value.length < MIN_LENGTH_FOR_SUFFIX) return REDACTED;
  const last = value.slice(-VISIBLE_SUFFIX);
  const prefix = KNOWN_PREFIXES.find((p) => value.startsWith(p));
  return prefix ? `${prefix}…${last}` : `…${last}`;
}
