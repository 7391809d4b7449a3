import { EmulatorConfigError } from "./emulator-config-error.js";
import type { ClusterState } from "./seed.js";
import { knownPrincipal } from "./seed-fields.js";
import { Validator } from "./validate.js";

/** A validated seed cluster. */
export interface EmulatorCluster {
  readonly cluster_id: string;
  readonly cluster_name: string;
  readonly spark_version: string;
  readonly state: ClusterState;
  readonly data_security_mode: string | undefined;
  /** userNames / applicationIds that can see it; `undefined` = everyone. */
  readonly visibleTo: readonly string[] | undefined;
}

/** The `state` values of https://docs.databricks.com/api/workspace/clusters/get. */
export const CLUSTER_STATES: readonly ClusterState[] = ["PENDING", "RUNNING", "RESTARTING", "RESIZING", "TERMINATING", "TERMINATED", "ERROR", "UNKNOWN"];

/**
 * The `data_security_mode` values of the clusters API (legacy modes included, as old clusters
 * still report them): https://docs.databricks.com/api/workspace/clusters/get.
 */
export const DATA_SECURITY_MODES: readonly string[] = [
  "DATA_SECURITY_MODE_AUTO",
  "DATA_SECURITY_MODE_STANDARD",
  "DATA_SECURITY_MODE_DEDICATED",
  "NONE",
  "SINGLE_USER",
  "USER_ISOLATION",
  "LEGACY_TABLE_ACL",
  "LEGACY_PASSTHROUGH",
  "LEGACY_SINGLE_USER",
  "LEGACY_SINGLE_USER_STANDARD",
];

const check = new Validator("EMULATOR_INVALID_SEED");

/** Validates `seed.clusters`: the API's field names, a known state and access mode, unique ids, known viewers. */
export function normalizeClusters(value: unknown, where: string, principalNames: Set<string>): EmulatorCluster[] {
  if (value === undefined) return [];
  const seen = new Set<string>();
  return check.array(value, where).map((entry, index) => {
    const at = `${where}[${index}]`;
    const cluster = check.record(entry, at);
    check.knownKeys(cluster, at, ["cluster_id", "cluster_name", "spark_version", "state", "data_security_mode", "visibleTo"]);
    const clusterId = check.string(cluster.cluster_id, `${at}.cluster_id`);
    if (seen.has(clusterId)) throw new EmulatorConfigError("EMULATOR_INVALID_SEED", `${at}.cluster_id repeats "${clusterId}"`);
    seen.add(clusterId);
    const state = check.string(cluster.state, `${at}.state`);
    if (!CLUSTER_STATES.includes(state as ClusterState)) oneOf(`${at}.state`, CLUSTER_STATES, state);
    const mode = check.optionalString(cluster.data_security_mode, `${at}.data_security_mode`);
    if (mode !== undefined && !DATA_SECURITY_MODES.includes(mode)) oneOf(`${at}.data_security_mode`, DATA_SECURITY_MODES, mode);
    const visibleTo =
      cluster.visibleTo === undefined
        ? undefined
        : check.array(cluster.visibleTo, `${at}.visibleTo`).map((name, viewer) => knownPrincipal(name, `${at}.visibleTo[${viewer}]`, principalNames));
    return {
      cluster_id: clusterId,
      cluster_name: check.string(cluster.cluster_name, `${at}.cluster_name`),
      spark_version: check.string(cluster.spark_version, `${at}.spark_version`),
      state: state as ClusterState,
      data_security_mode: mode,
      visibleTo,
    };
  });
}

function oneOf(where: string, allowed: readonly string[], value: string): never {
  throw new EmulatorConfigError("EMULATOR_INVALID_SEED", `${where} must be one of ${allowed.join(", ")}, got "${value}"`);
}
