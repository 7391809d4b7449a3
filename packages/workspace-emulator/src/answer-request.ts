import { ApiFailure } from "./api-failure.js";
import { authenticate } from "./authenticate.js";
import type { EmulatorResponse } from "./emulator-response.js";
import { endpointNotFound, renderFailure } from "./render-failure.js";
import { enforceIpAccessList } from "./ip-access-list.js";
import { OAuthFailure, renderOAuthFailure } from "./oauth-failure.js";
import { findPublicRoute, findRoute } from "./route-table.js";
import { enforceTokenScopes } from "./token-scopes.js";
import type { WorkspaceState } from "./workspace-state.js";

/** A request reduced to what the API logic needs. */
export interface ApiRequest {
  method: string;
  url: URL;
  authorization: string | undefined;
  body: string;
  requestId: string;
  /** The client's address as the socket reports it; checked against the IP access list. */
  clientAddress?: string | undefined;
}

/**
 * The workspace's real answer. Token endpoints (OIDC, the local Entra ID authority) answer without
 * a bearer token; every other request goes through the IP access list, idle-token revocation,
 * authentication, routing and the credential's scopes. An {@link ApiFailure} becomes the
 * Databricks error body, an {@link OAuthFailure} the RFC 6749 one.
 */
export function answerRequest(state: WorkspaceState, request: ApiRequest): EmulatorResponse {
  try {
    const open = findPublicRoute(request.method, request.url.pathname);
    if (open !== undefined) {
      if (open.route.workspace) enforceIpAccessList(state, request.clientAddress);
      return open.route.handle({
        state,
        query: request.url.searchParams,
        params: open.params,
        body: request.body,
        authorization: request.authorization,
      });
    }
    enforceIpAccessList(state, request.clientAddress);
    state.tokens.sweep(state.clock.now());
    const { principal, grant } = authenticate(state, request.authorization, request.requestId);
    const found = findRoute(request.method, request.url.pathname);
    if (found === undefined) throw endpointNotFound(request.method, request.url.pathname);
    enforceTokenScopes(grant, found.route, request.method);
    return found.route.handle({
      state,
      caller: principal,
      query: request.url.searchParams,
      params: found.params,
      body: request.body,
    });
  } catch (error) {
    if (error instanceof OAuthFailure) return renderOAuthFailure(error);
    if (error instanceof ApiFailure) return renderFailure(error, request.requestId);
    return renderFailure(new ApiFailure(500, "INTERNAL_ERROR", "The emulator failed to handle this request."), request.requestId);
  }
}
