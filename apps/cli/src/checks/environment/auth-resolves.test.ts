import { describe, expect, it } from "vitest";
import { authResolves } from "./auth-resolves.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";
import { fakePat } from "@dbcfg/pat/testing";

/** A fake token made at run time. */

const BASE =
  "default auth: cannot configure default credentials, please check https://docs.databricks.com/en/dev-tools/auth.html#databricks-client-unified-authentication to configure credentials for your preferred authentication method";

describe("auth-resolves", () => {
  it("passes with what every SDK authenticates with, and where the token comes from", async () => {
    const [finding] = await checkConfig(authResolves, await loadFixture("common", "valid.databrickscfg"));
    expect(finding).toMatchObject({ id: "auth-resolves", status: "pass" });
    expect(finding!.message).toBe("Every SDK resolves pat authentication against https://dbc-a1b2c3d4-e5f6.cloud.databricks.com (token from [DEFAULT]).");
  });

  it("fails with each SDK's exact text when DATABRICKS_HOST makes them skip the file, and says what to unset", async () => {
    const findings = await checkConfig(authResolves, await loadFixture("common", "valid.databrickscfg"), {
      env: { DATABRICKS_HOST: "https://other.cloud.databricks.com" },
    });
    expect(findings.map((f) => f.status)).toEqual(["fail"]);
    expect(findings[0]!.message).toBe(
      `No SDK (Go and the CLI, Python, JS) can authenticate: ${BASE}. Config: host=https://other.cloud.databricks.com. Env: DATABRICKS_HOST`,
    );
    expect(findings[0]!.fix).toMatch(/^unset DATABRICKS_HOST so that the SDKs read .*\.databrickscfg/);
  });

  it("names the SDKs that fail where only some do", async () => {
    const findings = await checkConfig(
      authResolves,
      "[__settings__]\ndefault_profile = prod\n\n[prod]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\ntoken = " + fakePat() + "\n",
    );
    // The JS SDK ignores [__settings__] default_profile, falls back to [DEFAULT], finds nothing.
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^The JS SDK cannot authenticate: default auth: cannot configure default credentials/);
  });

  it("fails when the selected profile does not exist, with the SDK's own text", async () => {
    const [finding] = await checkConfig(authResolves, await loadFixture("common", "valid.databrickscfg"), { env: { DATABRICKS_CONFIG_PROFILE: "prdo" } });
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toMatch(/has no prdo profile configured/);
    expect(finding!.fix).toContain("Select an existing profile");
  });

  it("leaves conflicting methods to auth-conflict, and a machine with no configuration to config-file-path", async () => {
    const conflict = await checkConfig(authResolves, await loadFixture("auth-conflict", "pat-and-basic.databrickscfg", { PASSWORD: "pw" }), {
      profile: "mixed",
    });
    expect(conflict.map((f) => f.status)).toEqual(["skip"]);
    const empty = await checkConfig(authResolves, undefined);
    expect(empty).toMatchObject([{ status: "skip", message: "Skipped: there is no configuration yet (see config-file-path)." }]);
  });
});
