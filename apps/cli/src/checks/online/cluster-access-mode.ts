import { clusterCheck } from "../../doctor/online/profile-access.js";

/**
 * Access modes Databricks Connect works with: dedicated (formerly "single user", `SINGLE_USER`)
 * and standard (formerly "shared", `USER_ISOLATION`), plus the API's newer names for them
 * (https://docs.databricks.com/aws/en/dev-tools/databricks-connect/requirements: "a cluster with
 * … access mode assigned or shared"; https://docs.databricks.com/api/workspace/clusters/get).
 */
const FITS = new Set(["SINGLE_USER", "USER_ISOLATION", "DATA_SECURITY_MODE_DEDICATED", "DATA_SECURITY_MODE_STANDARD", "DATA_SECURITY_MODE_AUTO"]);

/** The cluster's `data_security_mode` must be one Databricks Connect supports (Unity Catalog access modes). */
export const clusterAccessMode = clusterCheck(
  {
    id: "cluster-access-mode",
    title: "Cluster access mode fits Databricks Connect",
    help: "Reads data_security_mode of the profile's cluster_id: SINGLE_USER (dedicated) and USER_ISOLATION (standard) work with Databricks Connect; NONE (no isolation) and the LEGACY_* modes do not, since Databricks Connect needs a Unity Catalog access mode.",
  },
  (cluster, name) => {
    const mode = cluster.dataSecurityMode;
    if (mode !== undefined && FITS.has(mode)) return [{ status: "pass", message: `${name} uses access mode ${mode}, which Databricks Connect supports.` }];
    const fix =
      "Use a cluster in dedicated (single user) or standard (shared) access mode: edit the cluster's access mode, or pick another with `dbcfg configure --configure-cluster`.";
    if (mode === undefined)
      return [
        {
          status: "warn",
          message: `${name} reports no access mode (an old cluster without Unity Catalog); Databricks Connect needs dedicated or standard.`,
          fix,
        },
      ];
    return [
      { status: "fail", message: `${name} uses access mode ${mode}; Databricks Connect needs dedicated (SINGLE_USER) or standard (USER_ISOLATION).`, fix },
    ];
  },
);
