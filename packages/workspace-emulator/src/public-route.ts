import type { EmulatorResponse } from "./emulator-response.js";
import type { WorkspaceState } from "./workspace-state.js";

/** What a route answered before authentication sees. */
export interface PublicRouteContext {
  readonly state: WorkspaceState;
  readonly query: URLSearchParams;
  readonly params: Readonly<Record<string, string>>;
  readonly body: string;
  readonly authorization: string | undefined;
}

/**
 * An operation that needs no bearer token: the workspace's OIDC endpoints and the local Entra ID
 * authority's token endpoints. `workspace` routes sit behind the workspace's IP access list;
 * the authority is another service (login.microsoftonline.com in real life), so it does not.
 */
export interface PublicRoute {
  readonly method: string;
  readonly pattern: string;
  readonly workspace: boolean;
  handle(context: PublicRouteContext): EmulatorResponse;
}
