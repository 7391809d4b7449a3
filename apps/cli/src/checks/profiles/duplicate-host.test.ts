import { describe, expect, it } from "vitest";
import { duplicateHost } from "./duplicate-host.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("duplicate-host", () => {
  it("warns when two profiles normalise to one host, with the CLI's error", async () => {
    const [finding] = await checkConfig(duplicateHost, await loadFixture("duplicate-host", "shared.databrickscfg"));
    expect(finding).toMatchObject({ id: "duplicate-host", status: "warn", location: expect.objectContaining({ line: 5 }) });
    expect(finding!.message).toBe(
      '[alice], [bot] all point at https://dbc-a1b2c3d4-e5f6.cloud.databricks.com; the CLI\'s host lookup fails with "https://dbc-a1b2c3d4-e5f6.cloud.databricks.com: multiple profiles matched: alice, bot: please set DATABRICKS_CONFIG_PROFILE or provide --profile flag to specify one".',
    );
  });

  it("passes when workspace_id tells the profiles apart", async () => {
    const [finding] = await checkConfig(duplicateHost, await loadFixture("duplicate-host", "distinct-workspace-id.databrickscfg"));
    expect(finding).toMatchObject({ status: "pass", message: "Each host belongs to one profile." });
  });
});
