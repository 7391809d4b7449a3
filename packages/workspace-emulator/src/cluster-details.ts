import type { EmulatorCluster } from "./normalize-clusters.js";
import type { Principal } from "./principal.js";

/** True when `caller` may see `cluster`: workspace admins see every cluster, others need to be on `visibleTo` (when set). */
export function canSeeCluster(caller: Principal, cluster: EmulatorCluster): boolean {
  return caller.admin || cluster.visibleTo === undefined || cluster.visibleTo.includes(caller.userName);
}

/**
 * A cluster as `clusters/get` and `clusters/list` return it (https://docs.databricks.com/api/workspace/clusters/get):
 * the seeded fields under the API's names, `data_security_mode` only when set.
 */
export function toClusterDetails(cluster: EmulatorCluster): Record<string, unknown> {
  return {
    cluster_id: cluster.cluster_id,
    cluster_name: cluster.cluster_name,
    spark_version: cluster.spark_version,
    state: cluster.state,
    ...(cluster.data_security_mode === undefined ? {} : { data_security_mode: cluster.data_security_mode }),
  };
}
