import { describe, expect, it } from "vitest";
import { envShadowing } from "./env-shadowing.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("env-shadowing", () => {
  it("passes without Databricks variables", async () => {
    const [finding] = await checkConfig(envShadowing, await loadFixture("env", "two-profiles.databrickscfg"));
    expect(finding).toMatchObject({ id: "env-shadowing", status: "pass", message: "No Databricks variables are set; the config file decides." });
  });

  it("explains that DATABRICKS_HOST without a profile makes the SDKs skip the file", async () => {
    const [finding] = await checkConfig(envShadowing, await loadFixture("env", "two-profiles.databrickscfg"), {
      env: { DATABRICKS_HOST: "https://dev.cloud.databricks.com" },
    });
    expect(finding).toMatchObject({ status: "warn", fix: "unset DATABRICKS_HOST   (or select a profile with --profile / DATABRICKS_CONFIG_PROFILE)" });
    expect(finding!.message).toContain("DATABRICKS_HOST is set and no profile is selected, so every SDK skips");
  });

  it("fails when the profile's token would go to the variable's host", async () => {
    const values: Record<string, string> = {};
    const findings = await checkConfig(envShadowing, await loadFixture("env", "two-profiles.databrickscfg", values), {
      env: { DATABRICKS_CONFIG_PROFILE: "prod", DATABRICKS_HOST: "https://dev.cloud.databricks.com" },
    });
    expect(findings.map((f) => f.status)).toEqual(["warn", "fail"]);
    expect(findings[0]!.message).toBe("DATABRICKS_HOST=https://dev.cloud.databricks.com wins over [prod] host = https://prod.cloud.databricks.com (line 6).");
    expect(findings[1]!.message).toBe(
      `The token of [prod] (dapi…${values.TOKEN_B!.slice(-4)}, issued for https://prod.cloud.databricks.com) would be sent to https://dev.cloud.databricks.com from DATABRICKS_HOST: the host comes from the environment, the token from the file.`,
    );
  });

  it("shows a shadowed token only in redacted form", async () => {
    const values: Record<string, string> = {};
    const envToken = "dapi" + "1f".repeat(16);
    const [finding] = await checkConfig(envShadowing, await loadFixture("env", "two-profiles.databrickscfg", values), {
      env: { DATABRICKS_CONFIG_PROFILE: "prod", DATABRICKS_TOKEN: envToken },
    });
    expect(finding!.message).toBe(`DATABRICKS_TOKEN=dapi…1f1f wins over [prod] token = dapi…${values.TOKEN_B!.slice(-4)} (line 7).`);
  });
});
