import { ApiFailure } from "./api-failure.js";
import { authenticate } from "./authenticate.js";
import type { EmulatorResponse } from "./emulator-response.js";
import { endpointNotFound, renderFailure } from "./render-failure.js";
import { findRoute } from "./route-table.js";
import type { WorkspaceState } from "./workspace-state.js";

/** A request reduced to what the API logic needs. */
export interface ApiRequest {
  method: string;
  url: URL;
  authorization: string | undefined;
  body: string;
  requestId: string;
}

/**
 * The workspace's real answer: revoke idle tokens, authenticate, route, run the handler, and turn
 * any {@link ApiFailure} into the Databricks error body.
 */
export function answerRequest(state: WorkspaceState, request: ApiRequest): EmulatorResponse {
  try {
    state.tokens.sweep(state.clock.now());
    const { principal } = authenticate(state, request.authorization, request.requestId);
    const found = findRoute(request.method, request.url.pathname);
    if (found === undefined) throw endpointNotFound(request.method, request.url.pathname);
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
