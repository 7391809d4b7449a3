import { ApiFailure } from "./api-failure.js";
import { authenticate } from "./authenticate.js";
import type { EmulatorResponse } from "./emulator-response.js";
import { endpointNotFound, renderFailure } from "./render-failure.js";
import { enforceIpAccessList } from "./ip-access-list.js";
import { findRoute } from "./route-table.js";
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
 * The workspace's real answer: apply the IP access list, revoke idle tokens, authenticate, route,
 * check the token's scopes, run the handler, and turn any {@link ApiFailure} into the Databricks
 * error body.
 */
export function answerRequest(state: WorkspaceState, request: ApiRequest): EmulatorResponse {
  try {
    enforceIpAccessList(state, request.clientAddress);
    state.tokens.sweep(state.clock.now());
    const { principal, token } = authenticate(state, request.authorization, request.requestId);
    const found = findRoute(request.method, request.url.pathname);
    if (found === undefined) throw endpointNotFound(request.method, request.url.pathname);
    enforceTokenScopes(token, found.route, request.method);
    return found.route.handle({
      state,
      caller: principal,
      query: request.url.searchParams,
      params: found.params,
      body: request.body,
    });
  } catch (error) {
    if (error instanceof ApiFailure) return renderFailure(error, request.requestId);
    return renderFailure(new ApiFailure(500, "INTERNAL_ERROR", "The emulator failed to handle this request."), request.requestId);
  }
}
