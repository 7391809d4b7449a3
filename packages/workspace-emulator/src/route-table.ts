import type { PublicRoute } from "./public-route.js";
import type { Route } from "./route.js";
import { clustersGet } from "./routes/clusters-get.js";
import { clustersList } from "./routes/clusters-list.js";
import { entraTokenV1 } from "./routes/entra-token-v1.js";
import { entraTokenV2 } from "./routes/entra-token-v2.js";
import { hostMetadata } from "./routes/host-metadata.js";
import { oidcDiscovery } from "./routes/oidc-discovery.js";
import { oidcToken } from "./routes/oidc-token.js";
import { scimMe } from "./routes/scim-me.js";
import { tokenCreate } from "./routes/token-create.js";
import { tokenDelete } from "./routes/token-delete.js";
import { tokenList } from "./routes/token-list.js";
import { tokenUpdate } from "./routes/token-update.js";
import { tokenManagementCreateObo } from "./routes/token-management-create-obo.js";
import { tokenManagementDelete } from "./routes/token-management-delete.js";
import { tokenManagementGet } from "./routes/token-management-get.js";
import { tokenManagementList } from "./routes/token-management-list.js";
import { workspaceConfGet } from "./routes/workspace-conf-get.js";
import { workspaceConfPatch } from "./routes/workspace-conf-patch.js";

const TOKEN_MANAGEMENT_PREFIX = "/api/2.0/token-management/";
const CLUSTERS_PREFIX = "/api/2.1/clusters/";

const primaryRoutes: readonly Route[] = [
  tokenCreate,
  tokenList,
  tokenDelete,
  tokenUpdate,
  tokenManagementList,
  tokenManagementGet,
  tokenManagementDelete,
  tokenManagementCreateObo,
  workspaceConfGet,
  workspaceConfPatch,
  scimMe,
  clustersList,
  clustersGet,
];

/**
 * Every route, plus the documented `/api/2.0/preview/token-management/…` aliases and the
 * clusters API's 2.0 paths (same operations as 2.1, https://docs.databricks.com/api/workspace/clusters).
 */
export const ROUTES: readonly Route[] = [
  ...primaryRoutes,
  ...primaryRoutes
    .filter((route) => route.pattern.startsWith(TOKEN_MANAGEMENT_PREFIX))
    .map((route) => ({ ...route, pattern: route.pattern.replace("/api/2.0/", "/api/2.0/preview/") })),
  ...primaryRoutes
    .filter((route) => route.pattern.startsWith(CLUSTERS_PREFIX))
    .map((route) => ({ ...route, pattern: route.pattern.replace("/api/2.1/", "/api/2.0/") })),
];

/** Routes answered without a bearer token: the workspace's OIDC endpoints and the local Entra ID authority. */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [hostMetadata, oidcDiscovery, oidcToken, entraTokenV1, entraTokenV2];

/** The route for `method` + `path` and its `:name` parameters, if any matches. */
export function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  return findIn(ROUTES, method, path);
}

/**
 * The public route for `method` + `path`. Repeated slashes count as one: the JS SDK joins its Entra
 * authority `https://login.microsoftonline.com/` and `/<tenant>/oauth2/token` into `//<tenant>/…`.
 */
export function findPublicRoute(method: string, path: string): { route: PublicRoute; params: Record<string, string> } | undefined {
  return findIn(PUBLIC_ROUTES, method, path.replace(/\/{2,}/g, "/"));
}

function findIn<R extends { method: string; pattern: string }>(
  routes: readonly R[],
  method: string,
  path: string,
): { route: R; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, path);
    if (params !== undefined) return { route, params };
  }
  return undefined;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? "";
    if (segment.startsWith(":")) {
      if (value === "") return undefined;
      const decoded = decodePathSegment(value);
      if (decoded === undefined) return undefined;
      params[segment.slice(1)] = decoded;
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
