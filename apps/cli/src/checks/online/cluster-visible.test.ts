import { describe, expect, it } from "vitest";
import { clusterVisible } from "./cluster-visible.js";
import { CLUSTER_ID, runClusterCheck } from "../../test-support/cluster-home.js";

describe("cluster-visible", () => {
  it("passes when the profile's cluster exists and the principal sees it", async () => {
    const [finding] = await runClusterCheck(clusterVisible, {});
    expect(finding).toMatchObject({ status: "pass", message: `[DEFAULT] cluster ${CLUSTER_ID} ("team") is visible to its token.` });
  });

  it("fails when the cluster does not exist, or the principal may not see it", async () => {
    const [missing] = await runClusterCheck(clusterVisible, undefined);
    expect(missing).toMatchObject({ status: "fail" });
    expect(missing!.message).toContain(`cluster ${CLUSTER_ID} does not exist or is not visible to this principal`);
    expect(missing!.fix).toContain("dbcfg configure -p DEFAULT --configure-cluster");
    const [hidden] = await runClusterCheck(clusterVisible, { visibleTo: ["admin@example.com"] }, { userName: "user@example.com" });
    expect(hidden).toMatchObject({ status: "fail" });
  });

  it("warns about a serverless_compute_id other than auto", async () => {
    const [finding] = await runClusterCheck(clusterVisible, {}, { profile: "odd" });
    expect(finding).toMatchObject({ status: "warn", message: '[odd] serverless_compute_id = yes: Databricks Connect only understands "auto" there.' });
  });

  it("skips a serverless profile (serverless_compute_id = auto)", async () => {
    const [finding] = await runClusterCheck(clusterVisible, {}, { profile: "serverless" });
    expect(finding).toMatchObject({ status: "skip", message: "Skipped: [serverless] uses serverless compute (serverless_compute_id = auto)." });
  });
});
