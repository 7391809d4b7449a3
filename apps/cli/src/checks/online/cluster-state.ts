import { clusterCheck } from "../../doctor/online/profile-access.js";

const STARTING = new Set(["PENDING", "RESTARTING", "RESIZING"]);

/** The cluster's `state`: a terminated cluster starts on the first Databricks Connect session (slowly), so it is a warning. */
export const clusterState = clusterCheck(
  {
    id: "cluster-state",
    title: "Databricks Connect cluster state",
    help: "Reads the state of the profile's cluster_id: RUNNING passes; TERMINATED warns (the first Databricks Connect session starts it, which takes minutes and needs permission to restart it); ERROR and UNKNOWN fail.",
  },
  (cluster, name) => {
    if (cluster.state === "RUNNING") return [{ status: "pass", message: `${name} is running.` }];
    if (cluster.state === "TERMINATED" || cluster.state === "TERMINATING") {
      return [
        {
          status: "warn",
          message: `${name} is ${cluster.state.toLowerCase()}: the first Databricks Connect session starts it, which takes several minutes.`,
          fix: "Start it ahead of time in the workspace (Compute → Start), or keep the wait in mind.",
        },
      ];
    }
    if (STARTING.has(cluster.state)) return [{ status: "pass", message: `${name} is ${cluster.state.toLowerCase()}: it will be ready shortly.` }];
    return [
      {
        status: "fail",
        message: `${name} is in state ${cluster.state}.`,
        fix: "Look at the cluster's event log in the workspace, restart it, or pick another cluster.",
      },
    ];
  },
);
