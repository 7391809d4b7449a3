import { ApiFailure } from "./api-failure.js";
import type { Principal } from "./principal.js";
import type { TokenRecord } from "./token-store.js";
import { toTokenId } from "./token-value.js";
import type { WorkspaceState } from "./workspace-state.js";

/** The message of every rejected PAT: unknown, revoked, expired, or tokens disabled. */
export const INVALID_ACCESS_TOKEN = "Invalid access token.";

/**
 * Checks `Authorization: Bearer <token>`. Missing or non-Bearer → 401 with the gateway's numeric-code
 * body; unknown, revoked or expired token, or PATs disabled by `enableTokensConfig` → 403
 * `{"error_code":403,"message":"Invalid access token."}`. A success records the use.
 */
export function authenticate(state: WorkspaceState, authorization: string | undefined, requestId: string): { principal: Principal; token: TokenRecord } {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  if (match?.[1] === undefined) {
    throw new ApiFailure(401, "401", `Credential was not sent or was of an unsupported type for this API. [ReqId: ${requestId}]`, {
      numericCode: true,
    });
  }
  const now = state.clock.now();
  const token = state.tokens.findValid(toTokenId(match[1]), now);
  const principal = token === undefined ? undefined : state.findPrincipalById(token.ownerId);
  if (token === undefined || principal === undefined || !state.conf.tokensEnabled()) {
    throw new ApiFailure(403, "403", INVALID_ACCESS_TOKEN, {
      numericCode: true,
      headers: { "X-Databricks-Reason-Phrase": INVALID_ACCESS_TOKEN },
    });
  }
  token.lastUsedTime = now;
  return { principal, token };
}
