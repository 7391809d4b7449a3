import { describe, expect, it } from "vitest";
import { authConflict } from "./auth-conflict.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("auth-conflict", () => {
  it("predicts Go's exact 'more than one authorization method' error", async () => {
    const [finding] = await checkConfig(authConflict, await loadFixture("auth-conflict", "pat-and-basic.databrickscfg", { PASSWORD: "pw" }), {
      profile: "mixed",
    });
    expect(finding).toMatchObject({ id: "auth-conflict", status: "fail", profile: "mixed", location: expect.objectContaining({ line: 1 }) });
    expect(finding!.message).toBe(
      "[mixed] with the environment configures more than one authentication method; every SDK fails with: validate: more than one authorization method configured: basic and pat. Config: host=https://dbc-a1b2c3d4-e5f6.cloud.databricks.com, token=***, username=someone@example.com, password=***, profile=mixed",
    );
  });

  it("includes variables that mix in, and shows where the SDKs' exact texts differ", async () => {
    const [finding] = await checkConfig(authConflict, await loadFixture("common", "valid.databrickscfg"), {
      env: { DATABRICKS_CLIENT_ID: "11111111-2222-3333-4444-555555555555", DATABRICKS_CLIENT_SECRET: "dose" + "a".repeat(32) },
    });
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain(
      "the Go (the CLI, Terraform) and JS SDKs fail with: validate: more than one authorization method configured: oauth and pat. Config: host=https://dbc-a1b2c3d4-e5f6.cloud.databricks.com, token=***, profile=DEFAULT, client_id=11111111-2222-3333-4444-555555555555, client_secret=***. Env: DATABRICKS_CLIENT_ID, DATABRICKS_CLIENT_SECRET",
    );
    expect(finding!.message).toContain(
      "the Python SDK fails with: validate: more than one authorization method configured: oauth and pat. Config: host=https://dbc-a1b2c3d4-e5f6.cloud.databricks.com, token=***, client_id=11111111-2222-3333-4444-555555555555, client_secret=***, profile=DEFAULT.",
    );
  });

  it("passes when auth_type picks one method", async () => {
    const [finding] = await checkConfig(authConflict, await loadFixture("auth-conflict", "pinned.databrickscfg"), { profile: "mixed" });
    expect(finding).toMatchObject({ status: "pass", message: "[mixed] (with the environment) configures at most one authentication method." });
  });
});
