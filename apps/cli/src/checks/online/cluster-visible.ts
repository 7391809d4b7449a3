import type { ProfileCheck } from "../../doctor/engine/types.js";
import { profileCluster } from "../../doctor/online/profile-access.js";
import { shellQuote } from "../../cli/shell-quote.js";

/**
 * Databricks Connect's cluster (`cluster_id`) must exist and be visible to the principal the
 * profile authenticates as (https://docs.databricks.com/aws/en/dev-tools/databricks-connect/cluster-config).
 */
export const clusterVisible: ProfileCheck = {
  id: "cluster-visible",
  title: "Databricks Connect cluster exists and is visible",
  group: "online",
  help: "For a profile with cluster_id (Databricks Connect), reads the cluster with GET /api/2.1/clusters/get as the profile authenticates (PAT or service principal): it must exist and the principal must be allowed to see it. serverless_compute_id = auto (serverless compute) needs no cluster.",
  requires: ["host-shape", "tls"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const found = await profileCluster(ctx, profile);
    if ("skip" in found) return found.skip;
    if ("failed" in found) {
      const error = found.failed as { classification?: string; message?: string };
      const clusterId = ctx.input.profiles.get(profile)?.get("cluster_id")?.value.trim();
      const missing = error.classification === "notFound" || /does not exist/i.test(error.message ?? "");
      return [
        {
          status: "fail",
          message: missing
            ? `[${profile}] cluster ${clusterId} does not exist or is not visible to this principal ("${error.message}").`
            : `[${profile}] could not read cluster ${clusterId}: ${error.message}.`,
          fix: missing
            ? `Pick a cluster you can use: \`dbcfg configure -p ${shellQuote(profile)} --configure-cluster\`, or ask its owner for "Can Attach To".`
            : "See token-valid / service-principal for the credential, and the dns, tcp and tls checks for the network.",
        },
      ];
    }
    const { cluster, access } = found;
    return [{ status: "pass", message: `[${profile}] cluster ${cluster.clusterId} ("${cluster.clusterName}") is visible to ${access.as}.` }];
  },
};
