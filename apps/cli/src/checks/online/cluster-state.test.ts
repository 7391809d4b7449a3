import { describe, expect, it } from "vitest";
import { clusterState } from "./cluster-state.js";
import { CLUSTER_ID, runClusterCheck } from "../../test-support/cluster-home.js";

describe("cluster-state", () => {
  it("passes a running cluster", async () => {
    const [finding] = await runClusterCheck(clusterState, { state: "RUNNING" });
    expect(finding).toMatchObject({ status: "pass", message: `[DEFAULT] cluster ${CLUSTER_ID} is running.` });
  });

  it("warns (does not fail) about a terminated cluster", async () => {
    const [finding] = await runClusterCheck(clusterState, { state: "TERMINATED" });
    expect(finding).toMatchObject({ status: "warn" });
    expect(finding!.message).toContain("is terminated: the first Databricks Connect session starts it");
  });

  it("fails a cluster in ERROR", async () => {
    const [finding] = await runClusterCheck(clusterState, { state: "ERROR" });
    expect(finding).toMatchObject({ status: "fail", message: `[DEFAULT] cluster ${CLUSTER_ID} is in state ERROR.` });
  });
});
