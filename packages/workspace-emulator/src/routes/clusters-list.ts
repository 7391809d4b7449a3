import { invalidParameter } from "../api-failure.js";
import { canSeeCluster, toClusterDetails } from "../cluster-details.js";
import { jsonResponse } from "../emulator-response.js";
import type { Route } from "../route.js";

const MAX_PAGE_SIZE = 100;

/**
 * `GET /api/2.1/clusters/list[?page_size=&page_token=]` → `{clusters, next_page_token?}`: the
 * clusters the caller can see (https://docs.databricks.com/api/workspace/clusters/list); `{}` when
 * none. `page_token` is the opaque value of an earlier `next_page_token`.
 */
export const clustersList: Route = {
  method: "GET",
  pattern: "/api/2.1/clusters/list",
  scope: "clusters",
  handle({ state, caller, query }) {
    const visible = state.clusters.filter((cluster) => canSeeCluster(caller, cluster));
    const pageSize = readPageSize(query.get("page_size"));
    const start = readPageToken(query.get("page_token"), visible.length);
    const page = visible.slice(start, pageSize === undefined ? undefined : start + pageSize);
    const next = start + page.length;
    if (page.length === 0) return jsonResponse(200, {});
    return jsonResponse(200, {
      clusters: page.map(toClusterDetails),
      ...(next < visible.length ? { next_page_token: Buffer.from(`offset:${next}`).toString("base64url") } : {}),
    });
  },
};

function readPageSize(raw: string | null): number | undefined {
  if (raw === null || raw === "") return undefined;
  const size = Number(raw);
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw invalidParameter(`page_size must be between 0 and ${MAX_PAGE_SIZE}`);
  return size === 0 ? undefined : size;
}

function readPageToken(raw: string | null, total: number): number {
  if (raw === null || raw === "") return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(raw, "base64url").toString("utf8"));
  const offset = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!Number.isSafeInteger(offset) || offset > total) throw invalidParameter("Invalid page_token");
  return offset;
}
