import { ApiFailure } from "./api-failure.js";
import { AZURE_DATABRICKS_RESOURCE_ID } from "./entra-authority.js";
import type { Principal } from "./principal.js";
import type { CredentialGrant } from "./token-scopes.js";
import { toTokenId } from "./token-value.js";
import type { WorkspaceState } from "./workspace-state.js";

/** The message of every rejected PAT: unknown, revoked, expired, or tokens disabled. */
export const INVALID_ACCESS_TOKEN = "Invalid access token.";

/**
 * Checks `Authorization: Bearer <token>`. Missing or non-Bearer → 401 with the gateway's numeric-code
 * body. The bearer may be a PAT, a workspace OAuth access token (`/oidc/v1/token`), or an Entra ID
 * token issued for the Azure Databricks resource; OAuth tokens work while PATs are disabled, as
 * `enableTokensConfig` governs PATs only. Unknown, revoked or expired → 403
 * `{"error_code":403,"message":"Invalid access token."}`. A PAT's use is recorded.
 */
export function authenticate(state: WorkspaceState, authorization: string | undefined, requestId: string): { principal: Principal; grant: CredentialGrant } {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  if (match?.[1] === undefined) {
    throw new ApiFailure(401, "401", `Credential was not sent or was of an unsupported type for this API. [ReqId: ${requestId}]`, {
      numericCode: true,
    });
  }
  const now = state.clock.now();
  const oauth = state.accessTokens.findValid(match[1], now);
  if (oauth !== undefined && (oauth.issuer === "databricks-oidc" || oauth.audience === AZURE_DATABRICKS_RESOURCE_ID)) {
    const principal = state.findPrincipalById(oauth.principalId);
    if (principal !== undefined) {
      return { principal, grant: { scopes: oauth.issuer === "entra-id" ? undefined : oauth.scopes, kind: "OAuth token" } };
    }
  }
  const token = state.tokens.findValid(toTokenId(match[1]), now);
  const principal = token === undefined ? undefined : state.findPrincipalById(token.ownerId);
  if (token === undefined || principal === undefined || !state.conf.tokensEnabled()) {
    throw new ApiFailure(403, "403", INVALID_ACCESS_TOKEN, {
      numericCode: true,
      headers: { "X-Databricks-Reason-Phrase": INVALID_ACCESS_TOKEN },
    });
  }
  token.lastUsedTime = now;
  return { principal, grant: { scopes: token.scopes, autoscopeEnabled: token.autoscopeEnabled, kind: "access token" } };
}
