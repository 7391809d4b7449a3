import { describe, expect, it } from "vitest";
import { authResolves } from "./auth-resolves.js";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { checkConfig, loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
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
    expect(findings[0]!.fix).toMatch(/^unset DATABRICKS_HOST so that the SDKs read .*\.databrickscfg, or also set DATABRICKS_TOKEN for that host\.$/);
  });

  it("completes a token in the environment with a host, not with another token", async () => {
    const findings = await checkConfig(authResolves, await loadFixture("common", "valid.databrickscfg"), { env: { DATABRICKS_TOKEN: fakePat() } });
    expect(findings[0]!.fix).toMatch(
      /^unset DATABRICKS_TOKEN so that the SDKs read .*\.databrickscfg, or also set DATABRICKS_HOST to the workspace those credentials belong to\.$/,
    );
  });

  it("names the SDKs that fail where only some do", async () => {
    const findings = await checkConfig(
      authResolves,
      "[__settings__]\ndefault_profile = prod\n\n[prod]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\ntoken = " + fakePat() + "\n",
    );
    // The JS SDK ignores [__settings__] default_profile, falls back to [DEFAULT], finds nothing.
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^The JS SDK cannot authenticate: default auth: cannot configure default credentials/);
    expect(findings[0]!.fix).toBe(
      "[__settings__] default_profile selects [prod] for Go and the CLI, but not for the JS SDK: name the profile explicitly (DATABRICKS_CONFIG_PROFILE=prod, or profile=… in code).",
    );
  });

  it("sends a file an SDK cannot parse to config-file-syntax", async () => {
    const findings = await checkConfig(authResolves, "[a]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\n  stray line\n", { profile: "a" });
    const go = findings.find((f) => f.message.startsWith("The Go (the CLI, Terraform) SDK cannot authenticate: resolve: cannot parse config file"));
    expect(go!.fix).toBe(
      "Correct what the Go (the CLI, Terraform) SDK cannot parse: config-file-syntax and config-file-encoding list each line an SDK stops at, with its fix.",
    );
  });

  it("sends a config path that is a directory to config-file-path", async () => {
    const home = await makeHome();
    try {
      await mkdir(join(home.dir, ".databrickscfg"));
      const findings = await runOneCheck(authResolves, fakeContext({ homeDir: home.dir, env: { DATABRICKS_CONFIG_PROFILE: "prod" } }));
      expect(findings[0]!.message).toContain("is a directory");
      expect(findings[0]!.fix).toBe(`${join(home.dir, ".databrickscfg")} is not a readable file: config-file-path says what is there.`);
    } finally {
      await home.cleanup();
    }
  });

  it("tells a profile with a host and no credentials to add a token, keeping its host", async () => {
    const [finding] = await checkConfig(authResolves, "[my ws]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\n", { profile: "my ws" });
    expect(finding!.message).toMatch(/^No SDK \(Go and the CLI, Python, JS\) can authenticate: default auth: cannot configure default credentials/);
    expect(finding!.fix).toBe(
      "[my ws] has a host but no credentials: store a token with dbcfg configure --profile 'my ws' --token-stdin (it keeps the host), or log in with OAuth: databricks auth login --profile 'my ws'.",
    );
  });

  it("tells a profile without a host to store host and token, naming that profile", async () => {
    const [finding] = await checkConfig(authResolves, "[dev]\ncluster_id = 0123-456789-abcdefgh\n", { profile: "dev" });
    expect(finding!.status).toBe("fail");
    expect(finding!.fix).toBe(
      "Store a host and a token: dbcfg configure --profile dev --host https://<workspace> --token-stdin (or set both DATABRICKS_HOST and DATABRICKS_TOKEN).",
    );
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
