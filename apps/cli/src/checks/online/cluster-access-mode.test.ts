import { describe, expect, it } from "vitest";
import { clusterAccessMode } from "./cluster-access-mode.js";
import { runClusterCheck } from "../../test-support/cluster-home.js";

describe("cluster-access-mode", () => {
  it.each(["SINGLE_USER", "USER_ISOLATION"])("passes %s", async (mode) => {
    const [finding] = await runClusterCheck(clusterAccessMode, { data_security_mode: mode });
    expect(finding).toMatchObject({ status: "pass" });
    expect(finding!.message).toContain(`uses access mode ${mode}, which Databricks Connect supports`);
  });

  it.each(["NONE", "LEGACY_TABLE_ACL", "LEGACY_PASSTHROUGH"])("fails %s", async (mode) => {
    const [finding] = await runClusterCheck(clusterAccessMode, { data_security_mode: mode });
    expect(finding).toMatchObject({ status: "fail" });
    expect(finding!.message).toContain(`uses access mode ${mode}; Databricks Connect needs dedicated (SINGLE_USER) or standard (USER_ISOLATION)`);
  });

  it("warns when the cluster reports no access mode", async () => {
    const [finding] = await runClusterCheck(clusterAccessMode, {});
    expect(finding).toMatchObject({ status: "warn" });
  });
});
