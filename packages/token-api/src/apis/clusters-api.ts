import type { CallOptions } from "../client-options.js";
import { clusterInfoSchema, listClustersResponseSchema, type ClusterInfo } from "../schemas/cluster-info.js";
import type { Transport } from "../transport.js";
import { requireId } from "./check-arguments.js";

/** Clusters the caller can see: `/api/2.1/clusters/*` (for Databricks Connect's `cluster_id`). */
export interface ClustersApi {
  /** Every cluster visible to the caller, following `next_page_token` across pages. */
  list(options?: CallOptions): Promise<ClusterInfo[]>;
  /** One cluster; `notFound` when it does not exist or the caller cannot see it. */
  get(clusterId: string, options?: CallOptions): Promise<ClusterInfo>;
}

const BASE = "/api/2.1/clusters";
/** A workspace has at most a few thousand clusters; a server that keeps paging past this is looping. */
const MAX_PAGES = 100;

export function createClustersApi(transport: Transport): ClustersApi {
  return {
    async list(options) {
      const clusters: ClusterInfo[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await transport.request({
          method: "GET",
          path: `${BASE}/list`,
          query: { page_token: pageToken },
          schema: listClustersResponseSchema,
          retryMode: "idempotent",
          options,
        });
        clusters.push(...(answer.clusters ?? []));
        if (!answer.next_page_token || answer.next_page_token === pageToken) break;
        pageToken = answer.next_page_token;
      }
      return clusters;
    },
    async get(clusterId, options) {
      const id = requireId("clusterId", clusterId);
      return transport.request({
        method: "GET",
        path: `${BASE}/get`,
        query: { cluster_id: id },
        schema: clusterInfoSchema,
        retryMode: "idempotent",
        options,
      });
    },
  };
}
