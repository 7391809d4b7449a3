import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DIALECTS, parseConfigFile, readProfiles } from "@dbcfg/config-file";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { fakeContext, scriptedPrompter, type FakeContextOptions } from "../test-support/fake-context.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";

let home: TempHome;
let configPath: string;
let token: string;
let oldToken: string;

beforeEach(async () => {
  home = await makeHome();
  configPath = join(home.dir, ".databrickscfg");
  token = fakePat();
  oldToken = fakePat();
});
afterEach(() => home.cleanup());

async function run(argv: string[], options: FakeContextOptions = {}) {
  const ctx = fakeContext({ homeDir: home.dir, ...options });
  const code = await main(argv, ctx);
  const out = { code, stdout: ctx.stdout.text, stderr: ctx.stderr.text };
  for (const secret of [token, oldToken, "hunter2-hunter2"]) {
    expect(out.stdout).not.toContain(secret.slice(4));
    expect(out.stderr).not.toContain(secret.slice(4));
  }
  return out;
}

const read = () => readFileSync(configPath, "utf8");
const EXISTING = () =>
  `# work laptop\n[DEFAULT]\nhost = https://dbc-a1b2.cloud.databricks.com\n\n; production, careful\n[prod]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${oldToken}\nusername = alice\npassword = hunter2-hunter2\ncluster_id = 0101-x\n`;

describe("dbcfg configure", () => {
  it("creates a 0600 file from --host and --token-stdin", async () => {
    const out = await run(["configure", "-p", "dev", "--host", "dbc-a1b2.cloud.databricks.com/", "--token-stdin"], { stdin: `${token}\n` });
    expect(out.code).toBe(0);
    expect(statSync(configPath).mode & 0o777).toBe(0o600);
    for (const dialect of DIALECTS) {
      const profiles = readProfiles(parseConfigFile(read(), { path: configPath }), dialect);
      expect(profiles).toMatchObject({ profiles: { dev: { host: "https://dbc-a1b2.cloud.databricks.com", token } } });
    }
    expect(out.stdout).toBe(`Saved profile [dev] in ${configPath}:\n  + host: https://dbc-a1b2.cloud.databricks.com\n  + token: dapi…${token.slice(-4)}\n`);
  });

  it("adds a profile without touching a byte of the others, tightening a group-readable file to 0600", async () => {
    writeFileSync(configPath, EXISTING(), { mode: 0o640 });
    const out = await run(["configure", "-p", "dev", "--host", "https://dbc-c3d4.cloud.databricks.com", "--token-stdin"], { stdin: token });
    expect(out.code).toBe(0);
    expect(read().startsWith(EXISTING())).toBe(true);
    expect(read()).toContain(`[dev]\nhost = https://dbc-c3d4.cloud.databricks.com\ntoken = ${token}\n`);
    expect(statSync(configPath).mode & 0o777).toBe(0o600);
    expect(out.stdout).toContain(`Mode 0640 → 0600 on ${configPath}: it holds a token, so only you may read it.`);
  });

  it.each([[["--token", "x"]], [["--token=x"]]])("refuses a token on the command line: %j", async (flag) => {
    const out = await run(["configure", "-p", "dev", "--host", "https://h.cloud.databricks.com", ...flag.map((f) => f.replace("x", token))]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--token is not accepted: a token on the command line lands in shell history and `ps`.");
    expect(out.stderr).toContain("If you typed a real token, it is in your shell history now");
    expect(out.stderr).not.toContain(token.slice(4));
    expect(existsSync(configPath)).toBe(false);
  });

  it("never overwrites credentials silently off a terminal", async () => {
    writeFileSync(configPath, EXISTING());
    const out = await run(["configure", "-p", "prod", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"], { stdin: token });
    expect(out.code).toBe(1);
    expect(read()).toBe(EXISTING());
    expect(out.stderr).toBe(
      [
        `Profile [prod] in ${configPath} already exists; this would change:`,
        `  ~ token: dapi…${oldToken.slice(-4)} → dapi…${token.slice(-4)}`,
        "  - username: alice (removed: another auth method)",
        "  - password: *** (removed: another auth method)",
        "Nothing was written: pass --force to overwrite its credentials.",
        "",
      ].join("\n"),
    );
  });

  it("overwrites with --force, removing the other auth method's keys and keeping the rest", async () => {
    writeFileSync(configPath, EXISTING());
    const out = await run(["configure", "-p", "prod", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin", "--force"], { stdin: token });
    expect(out.code).toBe(0);
    expect(read()).toBe(EXISTING().replace(oldToken, token).replace("username = alice\npassword = hunter2-hunter2\n", ""));
  });

  it("asks on a terminal: hidden token prompt, the changes, then confirmation", async () => {
    writeFileSync(configPath, EXISTING());
    const prompt = scriptedPrompter(["", token, "y"]);
    const out = await run(["configure", "-p", "prod"], { stdinIsTTY: true, prompt });
    expect(out.code).toBe(0);
    expect(prompt.questions).toEqual([
      { question: "Databricks workspace host (https://...) [https://adb-1.2.azuredatabricks.net]: ", hidden: false },
      { question: "Personal access token (input hidden): ", hidden: true },
      { question: "Write these changes? [y/N] ", hidden: false },
    ]);
    expect(out.stderr).toContain(`  ~ token: dapi…${oldToken.slice(-4)} → dapi…${token.slice(-4)}`);
    expect(read()).toContain(`token = ${token}`);
  });

  it("writes nothing when the user declines", async () => {
    writeFileSync(configPath, EXISTING());
    const out = await run(["configure", "-p", "prod", "--host", "https://adb-9.9.azuredatabricks.net"], {
      stdinIsTTY: true,
      prompt: scriptedPrompter([token, "n"]),
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("  ~ host: https://adb-1.2.azuredatabricks.net → https://adb-9.9.azuredatabricks.net");
    expect(out.stderr).toContain("Nothing was written.");
    expect(read()).toBe(EXISTING());
  });

  it("needs a token source off a terminal", async () => {
    const out = await run(["configure", "-p", "dev", "--host", "https://h.cloud.databricks.com"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("no token given: pipe it with --token-stdin");
  });

  it.each([
    ["Bearer prefix", (t: string) => `Bearer ${t}`, /starts with "Bearer "/],
    ["quotes", (t: string) => `"${t}"`, /wrapped in quotes/],
    ["placeholder", () => "dapi" + "0".repeat(32), /placeholder/],
    ["empty", () => "\n", /stdin held no token/],
  ])("refuses a token with %s and writes nothing", async (_name, shape, message) => {
    const out = await run(["configure", "-p", "dev", "--host", "https://h.cloud.databricks.com", "--token-stdin"], { stdin: shape(token) });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(message);
    expect(existsSync(configPath)).toBe(false);
  });

  it("warns about, but keeps, a token that is not PAT-shaped", async () => {
    const out = await run(["configure", "-p", "dev", "--host", "https://h.cloud.databricks.com", "--token-stdin"], { stdin: "eyJhbGciOiJIUzI1NiJ9.e30.c2ln" });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain("Warning: The token is a JWT (an OAuth/Azure AD access token");
  });

  it("moves ?o= into workspace_id and refuses plain http", async () => {
    const ok = await run(["configure", "-p", "az", "--host", "https://adb-5.6.azuredatabricks.net/?o=5555#x", "--token-stdin"], { stdin: token });
    expect(ok.code).toBe(0);
    expect(read()).toContain("[az]\nhost = https://adb-5.6.azuredatabricks.net\ntoken = " + token + "\nworkspace_id = 5555\n");
    expect(ok.stderr).toContain("Note: Wrote ?o=5555 as workspace_id = 5555.");
    const bad = await run(["configure", "-p", "web", "--host", "http://dbc-a1b2.cloud.databricks.com", "--token-stdin"], { stdin: token });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Error: The host uses http://");
  });

  it("adds a token to an existing profile that had none without asking (nothing is overwritten)", async () => {
    writeFileSync(configPath, "[DEFAULT]\nhost = https://h.cloud.databricks.com\n");
    const out = await run(["configure", "--host", "https://h.cloud.databricks.com", "--token-stdin"], { stdin: token });
    expect(out.code).toBe(0);
    expect(read()).toBe(`[DEFAULT]\nhost = https://h.cloud.databricks.com\ntoken = ${token}\n`);
  });

  it("writes nothing when the profile already holds the values", async () => {
    writeFileSync(configPath, `[dev]\nhost = https://h.cloud.databricks.com\ntoken = ${token}\n`);
    const out = await run(["configure", "-p", "dev", "--host", "https://h.cloud.databricks.com", "--token-stdin"], { stdin: token });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("already holds these values; nothing to write.");
  });

  it("writes to DATABRICKS_CONFIG_FILE and defaults the profile to DEFAULT", async () => {
    const custom = join(home.dir, "custom.cfg");
    const out = await run(["configure", "--host", "https://h.cloud.databricks.com", "--token-stdin"], {
      stdin: token,
      env: { DATABRICKS_CONFIG_FILE: custom },
    });
    expect(out.code).toBe(0);
    expect(readFileSync(custom, "utf8")).toContain(`[DEFAULT]\nhost = https://h.cloud.databricks.com\ntoken = ${token}\n`);
    expect(existsSync(configPath)).toBe(false);
  });

  it.each([["__settings__"], [" spaced"], ["a]b"]])("refuses the profile name %j", async (name) => {
    const out = await run(["configure", "-p", name, "--host", "https://h.cloud.databricks.com", "--token-stdin"], { stdin: token });
    expect(out.code).toBe(2);
  });

  it("resolves a relative DATABRICKS_CONFIG_FILE against the working directory", async () => {
    const out = await run(["configure", "--host", "https://h.cloud.databricks.com", "--token-stdin"], {
      stdin: token,
      env: { DATABRICKS_CONFIG_FILE: "relative.cfg" },
    });
    expect(out.code).toBe(0);
    expect(readFileSync(join(home.dir, "relative.cfg"), "utf8")).toContain(`token = ${token}`);
  });

  it("reports a config path that is a folder, writing nothing", async () => {
    const out = await run(["configure", "--host", "https://h.cloud.databricks.com", "--token-stdin"], {
      stdin: token,
      env: { DATABRICKS_CONFIG_FILE: home.dir },
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^Error: .*director/i);
  });

  it("needs a host for a new profile", async () => {
    const out = await run(["configure", "-p", "dev", "--token-stdin"], { stdin: token });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("no host: pass --host");
  });
});
