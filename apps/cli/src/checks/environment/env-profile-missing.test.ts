import { describe, expect, it } from "vitest";
import { envProfileMissing } from "./env-profile-missing.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

const file = () => loadFixture("env", "two-profiles.databrickscfg");

describe("env-profile-missing", () => {
  it("passes when unset or naming an existing profile", async () => {
    expect((await checkConfig(envProfileMissing, await file()))[0]).toMatchObject({ status: "pass", message: "DATABRICKS_CONFIG_PROFILE is not set." });
    expect((await checkConfig(envProfileMissing, await file(), { env: { DATABRICKS_CONFIG_PROFILE: "prod" } }))[0]!.status).toBe("pass");
  });

  it("fails a missing profile with the SDK error and a suggestion", async () => {
    const [finding] = await checkConfig(envProfileMissing, await file(), { env: { DATABRICKS_CONFIG_PROFILE: "PROD" } });
    expect(finding).toMatchObject({ id: "env-profile-missing", status: "fail", fix: "export DATABRICKS_CONFIG_PROFILE=prod" });
    expect(finding!.message).toMatch(/has no such profile \(did you mean "prod"\?\): the SDKs fail with "resolve: .* has no PROD profile configured"\.$/);
  });

  it("fails quotes that came with the value from a .env file", async () => {
    const [finding] = await checkConfig(envProfileMissing, await file(), { env: { DATABRICKS_CONFIG_PROFILE: '"prod"' } });
    expect(finding).toMatchObject({ status: "fail", fix: "export DATABRICKS_CONFIG_PROFILE=prod" });
    expect(finding!.message).toContain("the quotes or spaces are part of the value");
  });
});
