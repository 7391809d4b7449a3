import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { fakeContext, type FakeContextOptions } from "../test-support/fake-context.js";
import { emulatorHome, type EmulatorHome } from "../test-support/emulator-home.js";
import { collectProfiles } from "./profiles/collect-profiles.js";
import type { ProfileStatus } from "./profiles/profile-status.js";
import { fakePat } from "@dbcfg/pat/testing";

let env: EmulatorHome;
let good: string;
let revoked: string;
let unknown: string;
let spSecret: string;
const SP_ID = "11111111-2222-4333-8444-555555555555";
const secrets = () => [good, revoked, unknown, spSecret].map((t) => t.slice(4)).concat("hunter2-hunter2");

beforeEach(async () => {
  spSecret = "dose" + fakePat().slice(4);
  env = await emulatorHome({ seed: { servicePrincipals: [{ applicationId: SP_ID, displayName: "ci-sp", secret: spSecret }] } });
  good = env.emulator.mintToken();
  revoked = env.emulator.mintToken();
  await fetch(`${env.emulator.url}/api/2.0/token/delete`, {
    method: "POST",
    headers: { Authorization: `Bearer ${good}`, "Content-Type": "application/json" },
    body: JSON.stringify({ token_id: createHash("sha256").update(revoked).digest("hex") }),
  });
  unknown = fakePat();
  env.writeConfig(
    [
      "[__settings__]",
      "default_profile = good",
      "",
      "[DEFAULT]",
      "",
      "[good]",
      `host = ${env.emulator.url}`,
      `token = ${good}`,
      "",
      "[revoked]",
      `host = ${env.emulator.url}`,
      `token = ${revoked}`,
      "",
      "[stranger]",
      `host = ${env.emulator.url}`,
      `token = ${unknown}`,
      "",
      "[conflict]",
      `host = ${env.emulator.url}`,
      `token = ${good}`,
      "username = bob",
      "password = hunter2-hunter2",
      "",
      "[oauth]",
      `host = ${env.emulator.url}`,
      `client_id = ${SP_ID}`,
      `client_secret = ${spSecret}`,
      "",
      "[azcli]",
      "host = https://adb-1234567890123456.7.azuredatabricks.net",
      "auth_type = azure-cli",
      "",
    ].join("\n"),
  );
});
afterEach(async () => {
  await env.close();
});

async function run(argv: string[], options: FakeContextOptions = {}) {
  const ctx = fakeContext({ homeDir: env.home.dir, ...options });
  const code = await main(argv, ctx);
  const out = { code, stdout: ctx.stdout.text, stderr: ctx.stderr.text };
  for (const secret of secrets()) {
    expect(out.stdout).not.toContain(secret);
    expect(out.stderr).not.toContain(secret);
  }
  return out;
}

const byName = (rows: ProfileStatus[]) => Object.fromEntries(rows.map((r) => [r.name, r]));

describe("dbcfg profiles", () => {
  it("validates every profile online, each with its reason", async () => {
    const out = await run(["profiles", "--json"]);
    expect(out.code).toBe(1);
    const rows = byName(JSON.parse(out.stdout).profiles);
    expect(Object.keys(rows)).toEqual(["good", "revoked", "stranger", "conflict", "oauth", "azcli"]);
    expect(rows.good).toEqual({
      name: "good",
      host: env.emulator.url,
      cloud: "aws",
      authType: "pat",
      valid: true,
      reason: "authenticated as admin@example.com",
      checked: "online",
      default: true,
    });
    expect(rows.revoked).toMatchObject({ valid: false, checked: "online", default: false });
    expect(rows.revoked!.reason).toMatch(/^unauthenticated: Invalid access token\.$/);
    expect(rows.stranger!.reason).toMatch(/Invalid access token/);
    expect(rows.conflict).toMatchObject({ valid: false, checked: "offline" });
    expect(rows.conflict!.reason).toContain("more than one authorization method configured: basic and pat");
    // A service principal's secret is exchanged at the workspace's OIDC endpoint, then SCIM Me.
    expect(rows.oauth).toMatchObject({ valid: true, authType: "oauth-m2m", checked: "online", reason: `authenticated as ${SP_ID}` });
    expect(rows.azcli).toMatchObject({ valid: null, authType: "azure-cli", cloud: "azure", checked: "offline" });
    expect(env.emulator.requests.filter((r) => r.path === "/api/2.0/preview/scim/v2/Me")).toHaveLength(4);
  });

  it("prints a table with a Default marker", async () => {
    const out = await run(["profiles"]);
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Name\s+Host\s+Cloud\s+Auth\s+Valid\s+Reason$/);
    expect(lines[1]).toMatch(/^good \(Default\)\s+http:\/\/127\.0\.0\.1:\d+\s+aws\s+pat\s+YES\s+authenticated as admin@example\.com$/);
    expect(lines.find((l) => l.startsWith("azcli"))).toMatch(/\s-\s+auth type azure-cli is not verified by dbcfg/);
  });

  it("fails a service principal whose secret the workspace rejects, without showing it", async () => {
    const wrong = "dose" + fakePat().slice(4);
    env.writeConfig(`[oauth]\nhost = ${env.emulator.url}\nclient_id = ${SP_ID}\nclient_secret = ${wrong}\n`);
    const out = await run(["profiles", "--json"]);
    expect(out.code).toBe(1);
    const [row] = JSON.parse(out.stdout).profiles as ProfileStatus[];
    expect(row).toMatchObject({ name: "oauth", valid: false, checked: "online" });
    expect(row!.reason).toMatch(/^unauthenticated: .*invalid_client/);
    expect(out.stdout).not.toContain(wrong.slice(4));
  });

  it("makes no network call with --offline", async () => {
    const before = env.emulator.requests.length;
    const out = await run(["profiles", "--offline", "--json"]);
    expect(env.emulator.requests).toHaveLength(before);
    const rows = byName(JSON.parse(out.stdout).profiles);
    expect(rows.revoked).toMatchObject({ valid: true, checked: "offline", reason: "offline checks passed; token not verified (--offline)" });
    expect(out.code).toBe(1);
  });

  it("carries workspace and account ids when a profile has them", async () => {
    env.writeConfig(`[good]\nhost = ${env.emulator.url}\ntoken = ${good}\nworkspace_id = 1234\n`);
    const out = await run(["profiles", "--offline", "--json"]);
    expect(JSON.parse(out.stdout).profiles[0]).toMatchObject({ name: "good", workspaceId: "1234", valid: true });
  });

  it("exits 0 when every profile is valid", async () => {
    env.writeConfig(`[good]\nhost = ${env.emulator.url}\ntoken = ${good}\n`);
    const out = await run(["profiles"]);
    expect(out.code).toBe(0);
  });

  it("gives up on a hung host after --timeout", async () => {
    env.emulator.faults.add({ path: "/api/2.0/preview/scim/v2/Me", action: "hang" });
    env.writeConfig(`[good]\nhost = ${env.emulator.url}\ntoken = ${good}\n`);
    const out = await run(["profiles", "--json", "--timeout", "150"]);
    expect(JSON.parse(out.stdout).profiles[0]).toMatchObject({ valid: false, reason: `timeout: no answer from ${env.emulator.url} within 150 ms` });
  });

  it("explains a login page", async () => {
    env.emulator.faults.add({ path: "/api/2.0/preview/scim/v2/Me", action: "login-page" });
    env.writeConfig(`[good]\nhost = ${env.emulator.url}\ntoken = ${good}\n`);
    const out = await run(["profiles", "--json"]);
    expect(JSON.parse(out.stdout).profiles[0].reason).toMatch(/^loginPage: /);
  });

  it("fails a profile on the file's own errors, with file and line", async () => {
    env.writeConfig(`[bad]\nhost = ${env.emulator.url}\ntoken = "${good}"\n`);
    const out = await run(["profiles", "--offline", "--json"]);
    const row = JSON.parse(out.stdout).profiles[0];
    expect(row.valid).toBe(false);
    expect(row.reason).toMatch(new RegExp(`^${env.home.configPath}:3: .*quote`, "i"));
  });

  it("lists nothing, exit 0, without a config file", async () => {
    env.writeConfig("");
    const out = await run(["profiles"], { env: { DATABRICKS_CONFIG_FILE: `${env.home.dir}/missing.cfg` } });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("No profiles:");
  });

  it("exits 1 on a file the Databricks CLI cannot parse", async () => {
    env.writeConfig("[broken\nhost = x\n");
    const out = await run(["profiles"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(
      /^Error: the Databricks CLI cannot parse .*:1: unclosed section: \[broken\n\(`dbcfg doctor` explains what is wrong and how to fix it\.\)\n$/,
    );
  });
});

describe("collectProfiles", () => {
  it("checks profiles in parallel: each call waits until all have started", async () => {
    env.writeConfig(
      `[a]\nhost = ${env.emulator.url}\ntoken = ${good}\n[b]\nhost = ${env.emulator.url}\ntoken = ${good}\n[c]\nhost = ${env.emulator.url}\ntoken = ${good}\n`,
    );
    let started = 0;
    let release!: () => void;
    const allStarted = new Promise<void>((resolve) => (release = resolve));
    const rows = await collectProfiles({
      env: {},
      configFile: env.home.configPath,
      homeDir: env.home.dir,
      timeoutMs: 5000,
      open: async () => ({
        createOnBehalfOf: async () => Promise.reject(new Error("not used")),
        me: async () => {
          if (++started === 3) release();
          await allStarted;
          return { userName: "u" };
        },
        create: async () => {
          throw new Error("unused");
        },
        list: async () => [],
        revoke: async () => undefined,
      }),
    });
    expect(rows.map((r) => r.valid)).toEqual([true, true, true]);
  });
});
