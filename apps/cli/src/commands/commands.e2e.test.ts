import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emulatorHome, listTokens, whoIs, type EmulatorHome } from "../test-support/emulator-home.js";
import { BUILT_BIN, BUILT_BUNDLE, requireBuiltCli, runBuiltCli, staticImportClosure, type CliRun } from "../test-support/run-built-cli.js";
import { fakePat } from "@dbcfg/pat/testing";

// The built, bundled CLI as a child process, against temporary HOMEs and the emulator.
let env: EmulatorHome;
let token: string;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

beforeAll(() => requireBuiltCli());
beforeEach(async () => {
  env = await emulatorHome();
  token = env.emulator.mintToken();
  env.writeConfig(`# team workspace\n[DEFAULT]\nhost = ${env.emulator.url}\ntoken = ${token}\n`);
});
afterEach(async () => {
  await env.close();
});

const cli = (args: string[], extra: { env?: Record<string, string>; stdin?: string } = {}) =>
  runBuiltCli(args, { env: { HOME: env.home.dir, ...extra.env }, ...(extra.stdin === undefined ? {} : { stdin: extra.stdin }) });

function expectAbsent(run: CliRun, ...secrets: string[]) {
  for (const secret of secrets) {
    expect(run.stdout).not.toContain(secret.slice(4));
    expect(run.stderr).not.toContain(secret.slice(4));
  }
}

describe("built dbcfg", () => {
  it("finds its version in package.json from the bundle", async () => {
    const run = await cli(["--version"]);
    const { version } = JSON.parse(readFileSync(join(BUILT_BIN, "..", "..", "package.json"), "utf8")) as { version: string };
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("is a CommonJS launcher that imports the split bundle, with source maps and no V8 code cache to ship", () => {
    expect(readFileSync(BUILT_BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(BUILT_BIN).mode & 0o111).not.toBe(0);
    expect(readFileSync(BUILT_BUNDLE, "utf8").trimEnd().endsWith("//# sourceMappingURL=dbcfg.mjs.map")).toBe(true);
    expect(JSON.parse(readFileSync(`${BUILT_BUNDLE}.map`, "utf8")).sources.some((s: string) => s.endsWith("src/main.ts"))).toBe(true);
    expect(readdirSync(dirname(BUILT_BUNDLE)).filter((file) => file.endsWith(".cache"))).toEqual([]);
  });

  it("compiles at start only the code every command needs: no zod, Token API client, YAML parser, emulator or scan", () => {
    const eager = staticImportClosure(BUILT_BUNDLE);
    expect(eager.length).toBeGreaterThan(1);
    const code = eager.map((file) => readFileSync(file, "utf8")).join("\n");
    expect(code).toContain("config-file-syntax"); // the doctor's own checks are there
    // Text found only in the body of each lazily loaded module: zod, the Token API client's inspect
    // text, a YAML parser error, `scan`'s git reader, the emulator's token minting.
    for (const lazy of ["ZodObject", "TokenClient ", "Implicit map keys", "cat-file", "mintToken"]) expect(code, lazy).not.toContain(lazy);
  });

  it("doctor --offline, with stdin at /dev/null and its output piped, loads none of Node's terminal, socket or stream modules", () => {
    // A preloaded script writes the built-in modules Node loaded, as the process exits, to a file.
    const loaded = join(env.home.dir, "loaded-modules.txt");
    const preload = join(env.home.dir, "list-loaded-modules.cjs");
    writeFileSync(preload, `process.on("exit", () => require("node:fs").writeFileSync(process.env.LOADED_LIST, process.moduleLoadList.join("\\n")));\n`);
    const run = spawnSync(process.execPath, ["--require", preload, BUILT_BIN, "doctor", "--offline"], {
      env: { ...process.env, HOME: env.home.dir, LOADED_LIST: loaded, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    expect(run.stdout).toContain("dbcfg doctor");
    const modules = readFileSync(loaded, "utf8").split("\n");
    expect(modules).toContain("NativeModule fs");
    expect(modules.filter((name) => /^NativeModule (tty|net|stream|internal\/tty|internal\/streams\/readable)$/.test(name))).toEqual([]);
  });

  it("on a Node without process.getBuiltinModule (before 20.16, or 21 to 22.2), says which Node it needs and exits 2", () => {
    const preload = join(env.home.dir, "older-node.cjs");
    writeFileSync(preload, "delete process.getBuiltinModule;\n");
    const run = spawnSync(process.execPath, ["--require", preload, BUILT_BIN, "--version"], { env: { ...process.env, HOME: env.home.dir }, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`dbcfg: needs Node.js 20.19 or later on the 20 line, or 22.3 or later; this is Node.js ${process.versions.node}.\n`);
  });

  it("describe --json shows DATABRICKS_HOST hiding the profile's host, no secret", async () => {
    const planted = fakePat();
    const run = await cli(["describe", "--json"], { env: { DATABRICKS_HOST: "https://dbc-x.cloud.databricks.com", DATABRICKS_TOKEN: planted } });
    expect(run.code).toBe(0);
    const resolution = JSON.parse(run.stdout);
    expect(resolution.attributes.host.source).toEqual({ kind: "env", name: "DATABRICKS_HOST" });
    expect(resolution.attributes.token.value).toBe(`dapi…${planted.slice(-4)}`);
    expectAbsent(run, planted, token);
  });

  it("describe exits 1 with the exact SDK error", async () => {
    const run = await cli(["describe", "-p", "missing", "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      error: { message: `resolve: ${env.home.dir}/.databrickscfg has no missing profile configured. Config: profile=missing` },
    });
  });

  it("profiles validates against the workspace", async () => {
    const stale = fakePat();
    env.writeConfig(`[good]\nhost = ${env.emulator.url}\ntoken = ${token}\n[stale]\nhost = ${env.emulator.url}\ntoken = ${stale}\n`);
    const run = await cli(["profiles", "--json"]);
    expect(run.code).toBe(1);
    const rows = JSON.parse(run.stdout).profiles as { name: string; valid: boolean; reason: string }[];
    expect(rows.map((r) => [r.name, r.valid])).toEqual([
      ["good", true],
      ["stale", false],
    ]);
    expect(rows[1]!.reason).toContain("Invalid access token");
    expectAbsent(run, token, stale);
  });

  it("token create writes the token as the sole stdout payload of a pipe", async () => {
    const run = await cli(["token", "create", "--comment", "e2e", "--lifetime-seconds", "600"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^dapi[0-9a-f]{32}\n$/);
    const created = run.stdout.trim();
    expect(await whoIs(env.emulator, created)).toBe("admin@example.com");
    expect(run.stderr).toContain(`Created token ${sha256(created)}`);
    expect(run.stderr).not.toContain(created.slice(4));
    expect(run.stderr).not.toContain(token.slice(4));
  });

  it("token list and revoke", async () => {
    const extra = env.emulator.mintToken({ comment: "spare" });
    const list = await cli(["token", "list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(sha256(extra));
    expectAbsent(list, token, extra);
    const revoke = await cli(["token", "revoke", sha256(extra)]);
    expect(revoke.code).toBe(0);
    expect(await whoIs(env.emulator, extra)).toBe(403);
  });

  it("token rotate replaces the profile's token and revokes the old one", async () => {
    const run = await cli(["token", "rotate", "-p", "DEFAULT", "--lifetime-seconds", "86400"]);
    expect(run.code).toBe(0);
    const fresh = /^token = (\S+)$/m.exec(env.readConfig())![1]!;
    expect(env.readConfig()).toBe(`# team workspace\n[DEFAULT]\nhost = ${env.emulator.url}\ntoken = ${fresh}\n`);
    expect(await whoIs(env.emulator, fresh)).toBe("admin@example.com");
    expect(await whoIs(env.emulator, token)).toBe(403);
    expect((await listTokens(env.emulator, fresh)).map((t) => t.token_id)).toEqual([sha256(fresh)]);
    expectAbsent(run, token, fresh);
  });

  it("token rotate leaves a working profile when verification fails", async () => {
    env.emulator.faults.add({ path: "/api/2.0/preview/scim/v2/Me", status: 403, json: { error_code: 403, message: "Invalid access token." }, times: 1 });
    const before = env.readConfig();
    const run = await cli(["token", "rotate"]);
    expect(run.code).toBe(1);
    expect(env.readConfig()).toBe(before);
    expect(await whoIs(env.emulator, token)).toBe("admin@example.com");
    expect(run.stderr).toMatch(/Restored the old token in profile \[DEFAULT\] .*; it is still valid\. The new token [0-9a-f]{64} was revoked\./);
  });

  it("configure reads the token from stdin and refuses it in argv", async () => {
    const fresh = fakePat();
    const refused = await cli(["configure", "-p", "dev", "--host", env.emulator.url, `--token=${fresh}`]);
    expect(refused.code).toBe(2);
    expectAbsent(refused, fresh);
    const ok = await cli(["configure", "-p", "dev", "--host", "https://dbc-d3v.cloud.databricks.com/?o=42", "--token-stdin"], { stdin: `${fresh}\n` });
    expect(ok.code).toBe(0);
    expect(env.readConfig()).toBe(
      `# team workspace\n[DEFAULT]\nhost = ${env.emulator.url}\ntoken = ${token}\n\n[dev]\nhost = https://dbc-d3v.cloud.databricks.com\ntoken = ${fresh}\nworkspace_id = 42\n`,
    );
    expectAbsent(ok, fresh, token);
    const again = await cli(["configure", "-p", "DEFAULT", "--host", env.emulator.url, "--token-stdin"], { stdin: fresh });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("pass --force");
  });

  it("configure creates a missing file with mode 0600", async () => {
    const path = join(env.home.dir, "new.cfg");
    const run = await cli(["configure", "--host", "https://dbc-n.cloud.databricks.com", "--token-stdin"], {
      stdin: fakePat(),
      env: { DATABRICKS_CONFIG_FILE: path },
    });
    expect(run.code).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
