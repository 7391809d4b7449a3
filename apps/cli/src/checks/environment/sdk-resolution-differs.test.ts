import { describe, expect, it } from "vitest";
import { sdkResolutionDiffers } from "./sdk-resolution-differs.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("sdk-resolution-differs", () => {
  it("passes when every SDK resolves the same", async () => {
    const [finding] = await checkConfig(sdkResolutionDiffers, await loadFixture("env", "two-profiles.databrickscfg"));
    expect(finding).toMatchObject({ id: "sdk-resolution-differs", status: "pass", message: "The Go, Python and JS SDKs resolve [DEFAULT] the same way." });
  });

  it("shows that the JS SDK ignores default_profile and ends up on another workspace", async () => {
    const [finding] = await checkConfig(sdkResolutionDiffers, await loadFixture("env", "pinned-prod.databrickscfg"));
    expect(finding).toMatchObject({ status: "warn" });
    expect(finding!.message).toBe(
      "The SDKs resolve this shell differently (the JS SDK ignores [__settings__] default_profile): Go (the CLI, Terraform) and Python: pat authentication against https://prod.cloud.databricks.com from [prod]; JS: pat authentication against https://dev.cloud.databricks.com from [DEFAULT].",
    );
  });

  it("warns that --profile and DATABRICKS_CONFIG_PROFILE differ when auth variables are set", async () => {
    const findings = await checkConfig(sdkResolutionDiffers, await loadFixture("env", "two-profiles.databrickscfg"), {
      env: { DATABRICKS_CONFIG_PROFILE: "prod", DATABRICKS_TOKEN: "dapi" + "2e".repeat(16) },
    });
    expect(findings.map((f) => f.message)).toContain(
      "[prod] is selected by DATABRICKS_CONFIG_PROFILE while DATABRICKS_TOKEN is set: the SDKs and the CLI use the variables' credentials, but `databricks --profile prod` uses the profile's.",
    );
  });

  it("shows each SDK's exact error where they fail differently (an empty selected profile)", async () => {
    const [finding] = await checkConfig(sdkResolutionDiffers, await loadFixture("env", "empty-profile.databrickscfg"), { profile: "blank" });
    expect(finding!.message).toMatch(
      /^The SDKs resolve this shell differently: Go \(the CLI, Terraform\) and JS: error "resolve: .*\.databrickscfg has no blank profile configured\. Config: profile=blank"; Python: error "default auth: cannot configure default credentials/,
    );
  });

  it("does not put one SDK's words in another's mouth, and sends a file some SDKs cannot parse to config-file-syntax", async () => {
    // Go stops at the stray line, Python at the repeated key; JS reads the file.
    const config = "[a]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\n  stray line\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\n";
    const [finding] = await checkConfig(sdkResolutionDiffers, config, { profile: "a" });
    expect(finding!.message).toMatch(
      /^The SDKs resolve this shell differently: Go \(the CLI, Terraform\) and Python: the same kind of error \(config-file-unreadable; "The SDKs can authenticate" quotes each\); JS: /,
    );
    expect(finding!.fix).toBe(
      "Correct the file (config-file-syntax and config-file-encoding list each line an SDK stops at, with its fix): an SDK that cannot read it resolves nothing from it.",
    );
  });

  it("does not call the same failure in different words a difference (Python's trailing period)", async () => {
    const [finding] = await checkConfig(sdkResolutionDiffers, undefined);
    expect(finding).toMatchObject({ status: "pass" });
  });
});
