import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { fakeContext, type FakeContextOptions } from "../test-support/fake-context.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";

let home: TempHome;
let token: string;
let prodToken: string;
let configPath: string;

beforeEach(async () => {
  home = await makeHome();
  token = fakePat();
  prodToken = fakePat();
  configPath = join(home.dir, ".databrickscfg");
  writeFileSync(
    configPath,
    [
      "[DEFAULT]",
      "host = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com",
      `token = ${token}`,
      "",
      "[prod]",
      "host = https://adb-1234567890123456.7.azuredatabricks.net",
      `token = "${prodToken}"`,
      "cluster_id = 0101-abc",
      "",
      "[mixed]",
      "host = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com",
      `token = ${token}`,
      "username = alice",
      "password = correct-horse-battery-staple",
      "",
    ].join("\n"),
  );
});
afterEach(() => home.cleanup());

async function run(argv: string[], options: FakeContextOptions = {}) {
  const ctx = fakeContext({ homeDir: home.dir, ...options });
  const code = await main(argv, ctx);
  const out = { code, stdout: ctx.stdout.text, stderr: ctx.stderr.text };
  for (const secret of [token.slice(4), prodToken.slice(4), "correct-horse-battery-staple"]) {
    expect(out.stdout).not.toContain(secret);
    expect(out.stderr).not.toContain(secret);
  }
  return out;
}

describe("dbcfg describe", () => {
  it("shows every attribute with its source, the token redacted", async () => {
    const out = await run(["describe"]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "Host: https://dbc-a1b2c3d4-e5f6.cloud.databricks.com",
      "Authenticated with: pat",
      "Read as: the Go SDK, the Databricks CLI and Terraform",
      "-----",
    ]);
    expect(lines).toContain(`  ✓ host: https://dbc-a1b2c3d4-e5f6.cloud.databricks.com (from [DEFAULT] at ${configPath}:2)`);
    expect(lines).toContain(`  ✓ token: dapi…${token.slice(-4)} (from [DEFAULT] at ${configPath}:3)`);
  });

  it("describes a service-principal profile offline: its client secret counts as configured, and is never shown", async () => {
    const secret = "dose" + fakePat().slice(4) + "ab";
    writeFileSync(
      configPath,
      `[sp]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\nclient_id = 6f5ccf28-d83a-4957-9bfb-5bbfac551410\nclient_secret = ${secret}\n`,
    );
    for (const sdk of ["go", "python", "js"]) {
      const out = await run(["describe", "-p", "sp", "--sdk", sdk, "--json"]);
      expect(out.code, sdk).toBe(0);
      expect(JSON.parse(out.stdout)).toMatchObject({ authType: "oauth-m2m", profile: "sp" });
      expect(out.stdout).not.toContain(secret.slice(4, 30));
    }
  });

  it("shows which value DATABRICKS_HOST hid", async () => {
    const out = await run(["describe", "-p", "prod"], { env: { DATABRICKS_HOST: "https://dbc-other.cloud.databricks.com" } });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`  ✓ host: https://dbc-other.cloud.databricks.com (from DATABRICKS_HOST; hides [prod] host at ${configPath}:6)`);
    expect(out.stdout).toContain(`  ✓ token: dapi…${prodToken.slice(-4)} (from [prod] at ${configPath}:7)`);
  });

  it("prints the Resolution as JSON, secrets redacted", async () => {
    const out = await run(["describe", "--profile", "prod", "--json"], { env: { DATABRICKS_HOST: "https://dbc-other.cloud.databricks.com" } });
    const resolution = JSON.parse(out.stdout);
    expect(resolution).toMatchObject({
      host: "https://dbc-other.cloud.databricks.com",
      authType: "pat",
      profile: "prod",
      configFile: configPath,
      attributes: {
        host: { value: "https://dbc-other.cloud.databricks.com", source: { kind: "env", name: "DATABRICKS_HOST" } },
        token: { value: `dapi…${prodToken.slice(-4)}`, source: { kind: "profile", profile: "prod", file: configPath, line: 7 } },
        cluster_id: { value: "0101-abc" },
      },
    });
    expect(resolution.shadowed).toEqual([
      expect.objectContaining({
        name: "host",
        value: "https://adb-1234567890123456.7.azuredatabricks.net",
        source: { kind: "profile", profile: "prod", file: configPath, line: 6 },
        hiddenBy: { kind: "env", name: "DATABRICKS_HOST" },
      }),
    ]);
  });

  it("exits 1 with the SDK's exact error, as text and as JSON", async () => {
    const expected =
      "validate: more than one authorization method configured: basic and pat. Config: host=https://dbc-a1b2c3d4-e5f6.cloud.databricks.com, token=***, username=alice, password=***, profile=mixed";
    const json = await run(["describe", "-p", "mixed", "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ error: { message: expected } });
    const text = await run(["describe", "-p", "mixed"]);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(
      `Unable to resolve the configuration for the Go SDK, the Databricks CLI and Terraform:\n  ${expected}\n(\`dbcfg doctor -p mixed\` explains what is wrong and how to fix it.)\n`,
    );
  });

  it("indents every line of a multi-line SDK error under its heading", async () => {
    writeFileSync(configPath, "[DEFAULT]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\n  stray line\n");
    const text = await run(["describe"]);
    expect(text.code).toBe(1);
    expect(text.stderr.split("\n").slice(0, 3)).toEqual([
      "Unable to resolve the configuration for the Go SDK, the Databricks CLI and Terraform:",
      "  resolve: cannot parse config file: key-value delimiter not found: stray line",
      "(`dbcfg doctor` explains what is wrong and how to fix it.)",
    ]);
    const named = await run(["describe"], { env: { DATABRICKS_CONFIG_FILE: configPath } });
    expect(named.stderr).toContain(`: stray line\n  . Config: config_file=${configPath}. Env: DATABRICKS_CONFIG_FILE\n(`);
  });

  it("names a missing profile as the SDK does", async () => {
    const out = await run(["describe", "-p", "nope", "--json"]);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).error.message).toBe(`resolve: ${home.dir}/.databrickscfg has no nope profile configured. Config: profile=nope`);
  });

  it("marks attributes that the chosen auth type does not use", async () => {
    writeFileSync(configPath, `[DEFAULT]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\ntoken = ${token}\nauth_type = pat\nazure_client_id = abc\n`);
    const out = await run(["describe"]);
    expect(out.stdout).toContain(`  ~ azure_client_id: abc (from [DEFAULT] at ${configPath}:5), not used for auth type pat`);
  });

  it("with --sdk all, shows where the SDKs read the file differently", async () => {
    const out = await run(["describe", "-p", "prod", "--sdk", "all"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("== go: the Go SDK, the Databricks CLI and Terraform ==");
    expect(out.stdout).toContain("== python: the Python SDK ==");
    expect(out.stdout).toContain("== js: the JavaScript SDK (@databricks/sdk-experimental) ==");
    expect(out.stdout).toMatch(/Where the SDKs disagree \(\d+\):/);
    expect(out.stdout).toContain("  ! attributes.token:");
  });

  it("with --sdk all --json, returns each resolution and the disagreements", async () => {
    const out = await run(["describe", "-p", "prod", "--sdk", "all", "--json"]);
    const parsed = JSON.parse(out.stdout);
    expect(Object.keys(parsed.resolutions)).toEqual(["go", "python", "js"]);
    const tokenRow = parsed.disagreements.find((d: { field: string }) => d.field === "attributes.token");
    expect(tokenRow.values.go).toBe(`dapi…${prodToken.slice(-4)}`);
    expect(tokenRow.values.python).not.toBe(tokenRow.values.go);
  });

  it("with --sdk all, one SDK failing where another resolves is a disagreement", async () => {
    writeFileSync(configPath, `[DEFAULT]\nHost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\ntoken = ${token}\n`);
    const out = await run(["describe", "--sdk", "all", "--json"]);
    expect(out.code).toBe(1);
    const parsed = JSON.parse(out.stdout);
    expect(parsed.resolutions.python.host).toBe("https://dbc-a1b2c3d4-e5f6.cloud.databricks.com");
    expect(parsed.resolutions.go.error.message).toMatch(/cannot configure default credentials|host/);
    expect(parsed.disagreements[0].field).toBe("outcome");
  });

  it("redacts secrets in shadowed values too", async () => {
    writeFileSync(configPath, "[basic]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\nusername = alice\npassword = correct-horse-battery-staple\n");
    const envPassword = "env-password-that-is-long-enough";
    for (const args of [["--json"], [], ["--sdk", "all"], ["--sdk", "all", "--json"]]) {
      const out = await run(["describe", "-p", "basic", ...args], { env: { DATABRICKS_PASSWORD: envPassword } });
      expect(out.code).toBe(0);
      expect(out.stdout + out.stderr).not.toContain(envPassword);
    }
    const json = JSON.parse((await run(["describe", "-p", "basic", "--json"], { env: { DATABRICKS_PASSWORD: envPassword } })).stdout);
    expect(json.authType).toBe("basic");
    expect(json.shadowed).toEqual([expect.objectContaining({ name: "password", hiddenBy: { kind: "env", name: "DATABRICKS_PASSWORD" } })]);
  });

  it("uses one dialect with --sdk python", async () => {
    const out = await run(["describe", "--sdk", "python", "--json"]);
    expect(JSON.parse(out.stdout).dialect).toBe("python");
  });

  it("rejects an unknown --sdk", async () => {
    const out = await run(["describe", "--sdk", "rust"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--sdk must be one of go, python, js, all; got "rust".');
  });
});
