import { describe, expect, it } from "vitest";
import { clusterRuntime, parseSparkVersion } from "./cluster-runtime.js";
import { CLUSTER_ID, runClusterCheck } from "../../test-support/cluster-home.js";

describe("cluster-runtime", () => {
  it("reads runtime keys", () => {
    expect(parseSparkVersion("13.3.x-scala2.12")).toEqual({ major: 13, minor: 3 });
    expect(parseSparkVersion("15.4.x-photon-scala2.12")).toEqual({ major: 15, minor: 4 });
    expect(parseSparkVersion("14.3.x-cpu-ml-scala2.12")).toEqual({ major: 14, minor: 3 });
    expect(parseSparkVersion("custom:my-image")).toBeUndefined();
  });

  it("passes 13.3 LTS and names the runtime", async () => {
    const [finding] = await runClusterCheck(clusterRuntime, { spark_version: "13.3.x-scala2.12" });
    expect(finding).toMatchObject({
      status: "pass",
      message: `[DEFAULT] cluster ${CLUSTER_ID} runs Databricks Runtime 13.3 (13.3.x-scala2.12), at least 13.3 LTS.`,
    });
  });

  it("fails an older runtime, naming it", async () => {
    const [finding] = await runClusterCheck(clusterRuntime, { spark_version: "12.2.x-scala2.12" });
    expect(finding).toMatchObject({ status: "fail" });
    expect(finding!.message).toBe(
      `[DEFAULT] cluster ${CLUSTER_ID} runs Databricks Runtime 12.2 (12.2.x-scala2.12); Databricks Connect with personal access token authentication needs 13.3 LTS or above.`,
    );
  });

  it("is skipped when the cluster cannot be read", async () => {
    const [finding] = await runClusterCheck(clusterRuntime, undefined);
    expect(finding).toMatchObject({ status: "skip" });
  });
});
