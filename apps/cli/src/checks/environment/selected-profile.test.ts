import { describe, expect, it } from "vitest";
import { selectedProfile } from "./selected-profile.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("selected-profile", () => {
  it("names the profile and what selected it", async () => {
    const [fallback] = await checkConfig(selectedProfile, await loadFixture("env", "two-profiles.databrickscfg"));
    expect(fallback).toMatchObject({ id: "selected-profile", status: "pass", message: "[DEFAULT] is selected (by the [DEFAULT] fallback)." });
    const [pinned] = await checkConfig(selectedProfile, await loadFixture("env", "pinned-prod.databrickscfg"));
    expect(pinned!.message).toBe("[prod] is selected (by [__settings__] default_profile).");
  });

  it("fails a --profile that does not exist, with a suggestion", async () => {
    const [finding] = await checkConfig(selectedProfile, await loadFixture("env", "two-profiles.databrickscfg"), { profile: "Prod" });
    expect(finding).toMatchObject({ status: "fail", fix: "dbcfg doctor --profile prod" });
    expect(finding!.message).toMatch(/^--profile Prod: .* has no such profile \(did you mean "prod"\?\)\.$/);
  });

  it("warns when nothing is selected and there is no [DEFAULT]", async () => {
    const [finding] = await checkConfig(selectedProfile, await loadFixture("empty-default", "empty.databrickscfg"));
    expect(finding!.status).toBe("warn");
  });

  it("says the file is not read at all when DATABRICKS_HOST is set and no profile is selected", async () => {
    const [finding] = await checkConfig(selectedProfile, await loadFixture("env", "two-profiles.databrickscfg"), {
      env: { DATABRICKS_HOST: "https://other.cloud.databricks.com" },
    });
    expect(finding).toMatchObject({
      status: "skip",
      message: "No profile is selected and DATABRICKS_HOST is set, so the SDKs do not read the config file at all (see env-shadowing).",
    });
  });
});
