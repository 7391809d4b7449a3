import { afterEach, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { main } from "../main.js";
import { fakeContext } from "../test-support/fake-context.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";

let home: TempHome;
afterEach(async () => {
  await home.cleanup();
});

const token = fakePat();
const secret = "dose" + fakePat().slice(4);
const CONFIG =
  `[DEFAULT]\nhost = https://dbc-1.cloud.databricks.com\ntoken = ${token}\ncluster_id = 0123-456789-abcdefgh\n` +
  `[sp]\nhost = https://adb-1.2.azuredatabricks.net\nclient_id = app-1\nclient_secret = ${secret}\nserverless_compute_id = auto\n`;

async function authEnv(args: string[], options: { stdoutIsTTY?: boolean; env?: Record<string, string> } = {}) {
  home = await makeHome(CONFIG);
  const ctx = fakeContext({ homeDir: home.dir, ...options });
  const code = await main(["auth", "env", ...args], ctx);
  return { code, stdout: ctx.stdout.text, stderr: ctx.stderr.text };
}

describe("dbcfg auth env", () => {
  it("prints the DEFAULT profile as NAME=value lines in the Go SDK's attribute order, the token redacted", async () => {
    const run = await authEnv([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "DATABRICKS_HOST=https://dbc-1.cloud.databricks.com",
        "DATABRICKS_CLUSTER_ID=0123-456789-abcdefgh",
        `DATABRICKS_TOKEN=dapi…${token.slice(-4)}`,
        "DATABRICKS_CONFIG_PROFILE=DEFAULT",
        "DATABRICKS_AUTH_TYPE=pat",
        "",
      ].join("\n"),
    );
  });

  it("names the service principal's variables and the serverless compute id, --json in the CLI's shape", async () => {
    const run = await authEnv(["-p", "sp", "--json"]);
    expect(run.code).toBe(0);
    const { env } = JSON.parse(run.stdout) as { env: Record<string, string> };
    expect(env).toMatchObject({
      DATABRICKS_HOST: "https://adb-1.2.azuredatabricks.net",
      DATABRICKS_SERVERLESS_COMPUTE_ID: "auto",
      DATABRICKS_CLIENT_ID: "app-1",
      DATABRICKS_AUTH_TYPE: "oauth-m2m",
      DATABRICKS_CONFIG_PROFILE: "sp",
    });
    expect(env.DATABRICKS_CLIENT_SECRET).toBe(`dose…${secret.slice(-4)}`);
    expect(run.stdout).not.toContain(secret);
  });

  it("reveals secrets only off a terminal", async () => {
    const revealed = await authEnv(["-p", "sp", "--reveal"]);
    expect(revealed.stdout).toContain(`DATABRICKS_CLIENT_SECRET=${secret}\n`);
    await home.cleanup();
    const refused = await authEnv(["-p", "sp", "--reveal"], { stdoutIsTTY: true });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing --reveal: stdout is a terminal/);
    expect(refused.stdout + refused.stderr).not.toContain(secret);
  });

  it("prints [DEFAULT] without -p, as the Databricks CLI does, and says so when DATABRICKS_CONFIG_PROFILE names another profile", async () => {
    const run = await authEnv([], { env: { DATABRICKS_CONFIG_PROFILE: "sp" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("DATABRICKS_CONFIG_PROFILE=DEFAULT\n");
    expect(run.stderr).toBe(
      "Note: without -p this prints [DEFAULT], as `databricks auth env` does, not DATABRICKS_CONFIG_PROFILE=sp; pass -p sp for that profile.\n",
    );
    await home.cleanup();
    expect((await authEnv(["-p", "sp"], { env: { DATABRICKS_CONFIG_PROFILE: "sp" } })).stderr).toBe("");
  });

  it("exits 1 with the SDK's error when the profile does not resolve", async () => {
    const run = await authEnv(["-p", "missing"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/has no missing profile configured/);
    expect(run.stderr).toMatch(/\n\(`dbcfg doctor -p missing` explains what is wrong and how to fix it\.\)\n$/);
    const spaced = await authEnv(["-p", "my workspace"]);
    expect(spaced.stderr).toContain("(`dbcfg doctor -p 'my workspace'` explains");
  });
});
