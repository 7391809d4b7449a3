import { describe, expect, it } from "vitest";
import { envAuthType } from "./env-auth-type.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

const file = () => loadFixture("common", "valid.databrickscfg");

describe("env-auth-type", () => {
  it("passes when nothing is forced", async () => {
    expect((await checkConfig(envAuthType, await file()))[0]).toMatchObject({
      id: "env-auth-type",
      status: "pass",
      message: "No auth type is forced; the SDKs try each method in order.",
    });
  });

  it("fails a forced method whose inputs are missing, with each SDK's exact error", async () => {
    const [finding] = await checkConfig(envAuthType, await file(), { env: { DATABRICKS_AUTH_TYPE: "oauth-m2m" } });
    expect(finding).toMatchObject({ status: "fail", fix: "unset DATABRICKS_AUTH_TYPE" });
    expect(finding!.message).toContain(
      "DATABRICKS_AUTH_TYPE = oauth-m2m, and that method cannot work here: the Go (the CLI, Terraform) SDK fails with: oauth-m2m auth: not configured. Config: host=https://dbc-a1b2c3d4-e5f6.cloud.databricks.com, token=***, profile=DEFAULT",
    );
    expect(finding!.message).toContain("the Python SDK fails with: default auth: cannot configure default credentials");
  });

  it("fails an unknown auth type with Go's text", async () => {
    const [finding] = await checkConfig(envAuthType, await file(), { env: { DATABRICKS_AUTH_TYPE: "token" } });
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain(
      'default auth: auth type "token" not found, please check https://docs.databricks.com/en/dev-tools/auth.html#databricks-client-unified-authentication for a list of supported auth types.',
    );
  });

  it("shows that the JS SDK skips the file when DATABRICKS_AUTH_TYPE=pat is set", async () => {
    const [finding] = await checkConfig(envAuthType, await file(), { env: { DATABRICKS_AUTH_TYPE: "pat" } });
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toMatch(/the JS SDK fails with: default auth: cannot configure default credentials/);
    expect(finding!.message).not.toContain("Go (the CLI");
  });
});
