import { describe, expect, it } from "vitest";
import { proxySettings } from "./proxy-settings.js";
import { checkConfig, loadEnvFixture, loadFixture } from "../../test-support/doctor-harness.js";

const password = () => "pw-" + Math.random().toString(36).slice(2, 10);

async function run(envFixture: string | Record<string, string>, values: Record<string, string> = {}, allProfiles = true) {
  const env = typeof envFixture === "string" ? await loadEnvFixture("proxy-settings", envFixture, values) : envFixture;
  return checkConfig(proxySettings, await loadFixture("proxy-settings", "two-workspaces.databrickscfg", values), { env, allProfiles });
}

describe("proxy-settings", () => {
  it("passing fixture: says which proxy applies to each profile's host, the password masked", async () => {
    const values = { PASSWORD: password() };
    const findings = await run("passing.env", values);
    const found =
      "Proxy variables: HTTPS_PROXY=http://alice:***@proxy.corp.example:3128, https_proxy=http://alice:***@proxy.corp.example:3128, NO_PROXY=.cloud.databricks.com,10.0.0.0/8.";
    expect(findings).toEqual([
      expect.objectContaining({
        status: "pass",
        profile: "DEFAULT",
        message: `${found} Requests to https://adb-1234567890123456.7.azuredatabricks.net ([DEFAULT]) go through http://alice:***@proxy.corp.example:3128 (from HTTPS_PROXY).`,
      }),
      expect.objectContaining({
        status: "pass",
        profile: "internal",
        message: `${found} https://dbc-internal.cloud.databricks.com ([internal]) is not proxied: NO_PROXY entry ".cloud.databricks.com"; dbcfg and the Databricks CLI connect to it directly.`,
      }),
    ]);
    expect(JSON.stringify(findings)).not.toContain(values.PASSWORD);
  });

  it("failing fixture: a malformed proxy URL fails, and disagreeing spellings warn naming who reads which", async () => {
    const values = { PASSWORD: password() };
    const findings = await run("failing.env", values);
    expect(findings.map((f) => f.status)).toEqual(["warn", "warn", "fail"]);
    expect(findings[0]!.message).toBe(
      "HTTPS_PROXY=http://alice:***@proxy corp:3128 and https_proxy=http://proxy.corp.example:3128 differ: Go (the Databricks CLI, Terraform, the Go SDK) and dbcfg use HTTPS_PROXY; Python (requests, so the Databricks SDK for Python) and Node's undici EnvHttpProxyAgent use https_proxy.",
    );
    expect(findings[1]!.message).toMatch(/^NO_PROXY=localhost and no_proxy=\.azuredatabricks\.net differ: /);
    expect(findings[2]).toMatchObject({
      message: "HTTPS_PROXY=http://alice:***@proxy corp:3128 is not a proxy URL; write it as http://host:port.",
      fix: "Write HTTPS_PROXY as http://host:port (or http://user:password@host:port), or unset it.",
    });
    expect(JSON.stringify(findings)).not.toContain(values.PASSWORD);
  });

  it("says when only HTTP_PROXY is set (Go does not use it for https hosts), and passes with no variables", async () => {
    const [only] = await run({ HTTP_PROXY: "http://proxy.corp.example:8080" }, {}, false);
    expect(only!.message).toContain(
      "None applies to https://adb-1234567890123456.7.azuredatabricks.net ([DEFAULT]): HTTPS_PROXY is not set (Go does not fall back to the other one).",
    );
    expect(await run({})).toEqual([expect.objectContaining({ status: "pass", message: expect.stringMatching(/^No proxy variables are set/) })]);
  });
});
