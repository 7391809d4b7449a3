import type { EmulatorSeedCluster } from "@dbcfg/workspace-emulator";
import type { Check, Finding } from "../doctor/engine/types.js";
import { runOneCheck } from "./doctor-harness.js";
import { startEmulatorHome } from "./emulator-home.js";

/** The cluster_id of the fixture `clusters/connect.databrickscfg`. */
export const CLUSTER_ID = "0123-456789-abcdefgh";

/**
 * Runs `check` for a Databricks Connect profile (fixture `clusters/connect.databrickscfg`, its
 * cluster_id = {@link CLUSTER_ID}) against an emulator holding `cluster` (or none), as `userName`.
 */
export async function runClusterCheck(
  check: Check,
  cluster: Partial<EmulatorSeedCluster> | undefined,
  options: { userName?: string; profile?: string } = {},
): Promise<Finding[]> {
  const clusters =
    cluster === undefined ? [] : [{ cluster_id: CLUSTER_ID, cluster_name: "team", spark_version: "15.4.x-scala2.12", state: "RUNNING" as const, ...cluster }];
  const env = await startEmulatorHome({
    seed: { clusters },
    fixture: ["clusters", "connect.databrickscfg"],
    ...(options.userName ? { userName: options.userName } : {}),
  });
  try {
    return await runOneCheck(check, env.cli, options.profile ? { profile: options.profile } : {});
  } finally {
    await env.close();
  }
}
