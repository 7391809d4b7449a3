import { ApiFailure } from "./api-failure.js";
import type { Route } from "./route.js";

/** What a credential is allowed: a PAT's scopes and autoscoping, or an OAuth token's granted scopes. */
export interface CredentialGrant {
  /** `undefined` → unscoped (every API). */
  readonly scopes: readonly string[] | undefined;
  readonly autoscopeEnabled?: boolean | undefined;
  /** How the refusal names the credential: PATs are "access token", OAuth tokens "OAuth token". */
  readonly kind: "access token" | "OAuth token";
}

/** The scope that grants every API (what an unscoped token and autoscoping's observation phase get). */
export const ALL_APIS_SCOPE = "all-apis";

/**
 * Refuses a scoped token calling an operation outside its scopes, with the real body
 * `{"error_code":403,"message":"Provided access token does not have required scopes: <scope>"}`
 * ("Provided OAuth token …" for an OAuth access token).
 * An unscoped token, `all-apis`, and a token under autoscoping (which applies `all-apis` while it
 * observes) pass; a `:read` modifier only grants GET and HEAD. Scopes and modifiers:
 * https://docs.databricks.com/api/workspace/scopes and
 * https://learn.microsoft.com/azure/databricks/dev-tools/auth/pat#scoped-personal-access-tokens
 */
export function enforceTokenScopes(token: CredentialGrant, route: Route, method: string): void {
  if (token.scopes === undefined || token.autoscopeEnabled === true || route.scope === "any") return;
  const readOnly = method === "GET" || method === "HEAD";
  const granted = token.scopes.some((scope) => {
    const [name, ...modifiers] = scope.split(":");
    if (name === ALL_APIS_SCOPE) return true;
    if (name !== route.scope) return false;
    return !modifiers.includes("read") || readOnly;
  });
  if (!granted) {
    throw new ApiFailure(403, "403", `Provided ${token.kind} does not have required scopes: ${route.scope}`, { numericCode: true });
  }
}
