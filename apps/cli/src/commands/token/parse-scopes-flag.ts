import { UsageError } from "../../cli/command.js";

/**
 * `--scopes sql,unity-catalog` (repeatable, comma-separated) → `["sql", "unity-catalog"]`, or
 * `undefined` when not given. Names as the API scopes page spells them, with optional `:read`-style
 * modifiers (https://docs.databricks.com/api/workspace/scopes); duplicates and empty lists are refused.
 */
export function parseScopesFlag(raw: string | boolean | undefined): string[] | undefined {
  if (raw === undefined || raw === false) return undefined;
  const scopes = String(raw)
    .split(",")
    .map((scope) => scope.trim())
    .filter((scope) => scope !== "");
  if (scopes.length === 0) throw new UsageError("--scopes needs at least one scope, e.g. --scopes sql,unity-catalog.");
  for (const scope of scopes) {
    if (!/^[a-z0-9][a-z0-9._-]*(?::[a-z0-9._-]+)*$/i.test(scope))
      throw new UsageError(`--scopes: "${scope}" is not a scope name (e.g. sql, unity-catalog, clusters:read).`);
  }
  const duplicate = scopes.find((scope, index) => scopes.indexOf(scope) !== index);
  if (duplicate !== undefined) throw new UsageError(`--scopes lists "${duplicate}" twice.`);
  return scopes;
}
