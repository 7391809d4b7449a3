import type { Route } from "./route.js";
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
];

/** Every route, plus the documented `/api/2.0/preview/token-management/…` aliases. */
export const ROUTES: readonly Route[] = [
  ...primaryRoutes,
  ...primaryRoutes
    .filter((route) => route.pattern.startsWith(TOKEN_MANAGEMENT_PREFIX))
    .map((route) => ({ ...route, pattern: route.pattern.replace("/api/2.0/", "/api/2.0/preview/") })),
];

/** The route for `method` + `path` and its `:name` parameters, if any matches. */
export function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
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
