import type { EmulatorResponse } from "./emulator-response.js";
import type { Principal } from "./principal.js";
import type { WorkspaceState } from "./workspace-state.js";

/** What a route handler sees: the authenticated caller and the parsed request. */
export interface RouteContext {
  readonly state: WorkspaceState;
  readonly caller: Principal;
  readonly query: URLSearchParams;
  /** Path parameters, e.g. `tokenId`. */
  readonly params: Readonly<Record<string, string>>;
  /** Raw request body (empty string when none). */
  readonly body: string;
}

/** One API operation: a method, a path pattern with `:name` segments, and its handler. */
export interface Route {
  readonly method: string;
  readonly pattern: string;
  /**
   * The API scope a scoped token needs for this operation (https://docs.databricks.com/api/workspace/scopes),
   * or `"any"` for operations every scope includes (SCIM Me is listed under each one).
   */
  readonly scope: string;
  handle(context: RouteContext): EmulatorResponse;
}
