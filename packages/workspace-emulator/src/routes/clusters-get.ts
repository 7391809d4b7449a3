import { ApiFailure, invalidParameter } from "../api-failure.js";
import { canSeeCluster, toClusterDetails } from "../cluster-details.js";
import { jsonResponse } from "../emulator-response.js";
import type { Route } from "../route.js";

/**
 * `GET /api/2.1/clusters/get?cluster_id=…` → the cluster (https://docs.databricks.com/api/workspace/clusters/get).
 * Unknown id → `400 INVALID_PARAMETER_VALUE "Cluster <id> does not exist"`, the answer the official SDKs
 * remap to "resource does not exist" (databricks-sdk-go `apierr/overrides.go`: path `^/api/2\.\d/clusters/get`,
 * status 400, `INVALID_PARAMETER_VALUE`, message `Cluster .* does not exist`). A cluster the caller may
 * not see → `403 PERMISSION_DENIED` **[I]** (wording inferred).
 */
export const clustersGet: Route = {
  method: "GET",
  pattern: "/api/2.1/clusters/get",
  scope: "clusters",
  handle({ state, caller, query }) {
    const clusterId = query.get("cluster_id");
    if (clusterId === null || clusterId === "") throw invalidParameter("Missing required field: cluster_id");
    const cluster = state.clusters.find((candidate) => candidate.cluster_id === clusterId);
    if (cluster === undefined) throw invalidParameter(`Cluster ${clusterId} does not exist`);
    if (!canSeeCluster(caller, cluster)) {
      throw new ApiFailure(
        403,
        "PERMISSION_DENIED",
        `${caller.userName} does not have any permission on cluster ${clusterId}. Ask an administrator or the cluster's owner for access.`,
      );
    }
    return jsonResponse(200, toClusterDetails(cluster));
  },
};
