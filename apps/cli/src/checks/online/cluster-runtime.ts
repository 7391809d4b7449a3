import { clusterCheck } from "../../doctor/online/profile-access.js";
import { shellQuote } from "../../cli/shell-quote.js";

/** Databricks Connect (and PAT authentication with it) needs Databricks Runtime 13.3 LTS or above. */
export const MIN_CONNECT_RUNTIME = { major: 13, minor: 3 } as const;

/** `13.3.x-scala2.12`, `15.4.x-photon-scala2.12`, `14.3.x-cpu-ml-scala2.12` → `{major, minor}`; anything else → undefined. */
export function parseSparkVersion(sparkVersion: string): { major: number; minor: number } | undefined {
  const match = /^(\d+)\.(\d+)\.(?:x|\d+)(?:-|$)/.exec(sparkVersion.trim());
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

/**
 * The cluster's runtime against Databricks Connect's minimum, Databricks Runtime 13.3 LTS
 * (https://docs.databricks.com/aws/en/dev-tools/databricks-connect/requirements).
 */
export const clusterRuntime = clusterCheck(
  {
    id: "cluster-runtime",
    title: "Cluster runtime supports Databricks Connect",
    help: "Reads the spark_version of the profile's cluster_id (e.g. 13.3.x-scala2.12) and fails below Databricks Runtime 13.3 LTS, the first that Databricks Connect (and so PAT authentication with it) supports; names the runtime found.",
  },
  (cluster, name, profile) => {
    const version = parseSparkVersion(cluster.sparkVersion);
    const minimum = `${MIN_CONNECT_RUNTIME.major}.${MIN_CONNECT_RUNTIME.minor} LTS`;
    if (version === undefined) {
      return [
        {
          status: "warn",
          message: `${name} runs "${cluster.sparkVersion}", which is not a Databricks Runtime version dbcfg can read; Databricks Connect needs ${minimum} or above.`,
          fix: "Check the cluster's Databricks Runtime version in the workspace.",
        },
      ];
    }
    const runtime = `Databricks Runtime ${version.major}.${version.minor} (${cluster.sparkVersion})`;
    const tooOld = version.major < MIN_CONNECT_RUNTIME.major || (version.major === MIN_CONNECT_RUNTIME.major && version.minor < MIN_CONNECT_RUNTIME.minor);
    if (tooOld) {
      return [
        {
          status: "fail",
          message: `${name} runs ${runtime}; Databricks Connect with personal access token authentication needs ${minimum} or above.`,
          fix: `Upgrade the cluster to Databricks Runtime ${minimum} or above, or pick another cluster (dbcfg configure -p ${shellQuote(profile)} --configure-cluster).`,
        },
      ];
    }
    return [{ status: "pass", message: `${name} runs ${runtime}, at least ${minimum}.` }];
  },
);
