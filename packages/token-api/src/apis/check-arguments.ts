import { redactSecrets } from "@dbcfg/pat";
import { TokenApiArgumentError } from "../api-error.js";

/** A non-empty id, trimmed; the message names the argument and never echoes a secret. */
export function requireId(name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TokenApiArgumentError(`${name} is required and must be a non-empty string, got ${describe(value)}`);
  }
  return value.trim();
}

/**
 * `lifetimeSeconds`: a positive whole number, or `-1` for "no expiry" where the workspace allows
 * it. `0` is refused here because the API rejects it ("requirement failed: Invalid timeout: 0");
 * leave the option out to get the workspace default.
 */
export function checkLifetimeSeconds(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || (value <= 0 && value !== -1)) {
    throw new TokenApiArgumentError(
      `lifetimeSeconds must be a whole number of seconds > 0 (or -1 for no expiry), got ${describe(value)}; omit it for the workspace default`,
    );
  }
  return value;
}

/**
 * Scopes: non-empty names of letters, digits, `-`, `_`, `.` and `:` modifiers (`sql`,
 * `clusters:read`, `sql:read:restricted-query`; https://docs.databricks.com/api/workspace/scopes),
 * no duplicates. An empty list is refused: leave `scopes` out for an unscoped token.
 */
export function checkScopes(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new TokenApiArgumentError(`scopes must be a non-empty array of scope names, got ${Array.isArray(value) ? "[]" : describe(value)}`);
  const seen = new Set<string>();
  for (const [index, scope] of value.entries()) {
    if (typeof scope !== "string" || !/^[a-z0-9][a-z0-9._-]*(?::[a-z0-9._-]+)*$/i.test(scope)) {
      throw new TokenApiArgumentError(`scopes[${index}] must be a scope name like "sql" or "clusters:read", got ${describe(scope)}`);
    }
    if (seen.has(scope)) throw new TokenApiArgumentError(`scopes[${index}] repeats "${scope}"`);
    seen.add(scope);
  }
  return [...value] as string[];
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(redactSecrets(value));
  return typeof value === "number" ? String(value) : typeof value;
}
