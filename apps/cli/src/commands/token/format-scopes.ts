/** "scopes sql, unity-catalog", or "unscoped" for a token that may call every API its owner can. */
export function formatScopes(scopes: readonly string[] | undefined): string {
  return scopes === undefined || scopes.length === 0 ? "unscoped" : `scopes ${scopes.join(", ")}`;
}
