import { ApiFailure } from "./api-failure.js";
import type { Route } from "./route.js";
import type { TokenRecord } from "./token-store.js";

/** The scope that grants every API (what an unscoped token and autoscoping's observation phase get). */
export const ALL_APIS_SCOPE = "all-apis";

/**
 * Refuses a scoped token calling an operation outside its scopes, with the real body
 * `{"error_code":403,"message":"Provided access token does not have required scopes: <scope>"}`.
 * An unscoped token, `all-apis`, and a token under autoscoping (which applies `all-apis` while it
 * observes) pass; a `:read` modifier only grants GET and HEAD. Scopes and modifiers:
 * https://docs.databricks.com/api/workspace/scopes and
 * https://learn.microsoft.com/azure/databricks/dev-tools/auth/pat#scoped-personal-access-tokens
 */
export function enforceTokenScopes(token: TokenRecord, route: Route, method: string): void {
  if (token.scopes === undefined || token.autoscopeEnabled === true || route.scope === "any") return;
  const readOnly = method === "GET" || method === "HEAD";
  const granted = token.scopes.some((scope) => {
    const [name, ...modifiers] = scope.split(":");
    if (name === ALL_APIS_SCOPE) return true;
    if (name !== route.scope) return false;
    return !modifiers.includes("read") || readOnly;
  });
  if (!granted) {
    throw new ApiFailure(403, "403", `Provided access token does not have required scopes: ${route.scope}`, { numericCode: true });
  }
}
