import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { startHostileServer, type HostileServer } from "../test-support/hostile-server.js";
import { requireBuiltCli, runBuiltCli, type CliRun } from "../test-support/run-built-cli.js";

// The built CLI against hostile files (FIFOs, devices, /dev/zero, symlink loops) and a hostile
// local server on 127.0.0.1 that echoes the caller's token and sends terminal escape sequences.

const isRoot = process.getuid?.() === 0;
const HANG_LIMIT_MS = 20_000;
const ESC = "\u001b";
const BEL = "\u0007";
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters in output
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let home: TempHome;
let token: string;
let server: HostileServer | undefined;

beforeAll(() => requireBuiltCli());
beforeEach(async () => {
  home = await makeHome();
  token = fakePat();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await home.cleanup();
});

const cli = (args: string[], extra: { env?: Record<string, string>; stdin?: string; stdinFile?: string; limitMs?: number } = {}) =>
  runBuiltCli(args, {
    env: { HOME: home.dir, ...extra.env },
    timeoutMs: extra.limitMs ?? HANG_LIMIT_MS,
    ...(extra.stdin === undefined ? {} : { stdin: extra.stdin }),
    ...(extra.stdinFile === undefined ? {} : { stdinFile: extra.stdinFile }),
  });

function output(run: CliRun): string {
  return run.stdout + run.stderr;
}

function expectNoSecret(run: CliRun, ...secrets: string[]): void {
  const all = output(run);
  const squeezed = all.replace(/\s/g, "").toLowerCase();
  for (const secret of secrets) {
    expect(all).not.toContain(secret);
    expect(squeezed).not.toContain(secret.replace(/^dapi/, "").slice(0, 16).toLowerCase());
    expect(squeezed).not.toContain(secret.slice(-16).toLowerCase());
  }
}

function configAt(name: string, text: string, mode = 0o600): string {
  const path = join(home.dir, name);
  writeFileSync(path, text, { mode });
  chmodSync(path, mode);
  return path;
}

describe("16.1 no token over plain HTTP", () => {
  it.each([
    [
      "DATABRICKS_HOST",
      (t: string) => ({ env: { DATABRICKS_HOST: "http://adb-1.2.azuredatabricks.net", DATABRICKS_TOKEN: t, DATABRICKS_CONFIG_FILE: join(home.dir, "none") } }),
    ],
    ["a profile", (t: string) => ({ env: { DATABRICKS_CONFIG_FILE: configAt("cfg", `[DEFAULT]\nhost = http://localhost.example.com\ntoken = ${t}\n`) } })],
  ])("token list refuses a non-loopback http:// host from %s, saying to write https://", async (_from, setup) => {
    const run = await cli(["token", "list"], setup(token));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/plain http:\/\/.*write https:\/\//);
    expectNoSecret(run, token);
  });
});

describe("16.2 only regular files", () => {
  it("a FIFO as the config file is a clear error in every command, not a hang", async () => {
    const fifo = join(home.dir, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const env = { DATABRICKS_CONFIG_FILE: fifo };
    for (const args of [
      ["doctor", "--offline"],
      ["profiles", "--offline"],
      ["describe"],
      ["token", "list"],
      ["configure", "-p", "x", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"],
    ]) {
      const run = await cli(args, { env, stdin: `${token}\n` });
      expect(run.timedOut, args.join(" ")).toBeUndefined();
      expect(output(run), args.join(" ")).toMatch(/named pipe|FIFO|cannot configure|not a regular file/);
      expectNoSecret(run, token);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(!isRoot)("configure never replaces a device node with a 0666 file holding the token (root only: mknod)", async () => {
    const device = join(home.dir, "null");
    expect(spawnSync("mknod", ["-m", "666", device, "c", "1", "3"]).status).toBe(0);
    const run = await cli(["configure", "-p", "x", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"], {
      env: { DATABRICKS_CONFIG_FILE: device },
      stdin: `${token}\n`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/character device, not a regular file/);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect((lstatSync(device).mode & 0o777).toString(8)).toBe("666");
    expectNoSecret(run, token);
  });

  it.skipIf(!isRoot)("doctor --fix never chmods a device and never suggests `chmod 600` for one (root only: mknod)", async () => {
    const device = join(home.dir, "null");
    expect(spawnSync("mknod", ["-m", "666", device, "c", "1", "3"]).status).toBe(0);
    const text = await cli(["doctor", "--offline"], { env: { DATABRICKS_CONFIG_FILE: device } });
    expect(text.stdout).not.toMatch(/chmod 600/);
    expect(text.stdout).toMatch(/character device/);
    const fix = await cli(["doctor", "--offline", "--fix"], { env: { DATABRICKS_CONFIG_FILE: device } });
    expect(fix.stdout).not.toMatch(/→ 0600/);
    expect((lstatSync(device).mode & 0o777).toString(8)).toBe("666");
  });

  it("a symlink loop reads as a loop, not as a missing file", async () => {
    symlinkSync(join(home.dir, "b"), join(home.dir, "a"));
    symlinkSync(join(home.dir, "a"), join(home.dir, "b"));
    const run = await cli(["configure", "-p", "x", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"], {
      env: { DATABRICKS_CONFIG_FILE: join(home.dir, "a") },
      stdin: `${token}\n`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/symbolic links form a loop/);
    const list = await cli(["token", "list"], { env: { DATABRICKS_CONFIG_FILE: join(home.dir, "a") } });
    expect(list.stderr).toMatch(/loop/);
    expect(list.stderr).not.toMatch(/does not exist|cannot configure default credentials/);
  });

  it.skipIf(isRoot)("an unreadable file is a permission error, not missing credentials (root reads every file)", async () => {
    const path = configAt("cfg", `[DEFAULT]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${token}\n`, 0);
    const run = await cli(["token", "list"], { env: { DATABRICKS_CONFIG_FILE: path } });
    expect(run.stderr).toMatch(/permission denied/);
    expect(run.stderr).not.toMatch(/cannot configure default credentials/);
  });

  it("a missing folder gets a shell command, not a library option", async () => {
    const run = await cli(["configure", "-p", "x", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"], {
      env: { DATABRICKS_CONFIG_FILE: join(home.dir, "no", "such", "cfg") },
      stdin: `${token}\n`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/mkdir -p/);
    expect(run.stderr).not.toMatch(/createParentDirs/);
  });
});

describe("16.3 bounded reads", () => {
  it("/dev/zero as the config file is refused at once", async () => {
    for (const args of [
      ["doctor", "--offline"],
      ["profiles", "--offline"],
      ["token", "list"],
    ]) {
      const run = await cli(args, { env: { DATABRICKS_CONFIG_FILE: "/dev/zero" } });
      expect(run.timedOut, args.join(" ")).toBeUndefined();
      expect(output(run), args.join(" ")).toMatch(/character device|cannot configure/);
    }
  });

  it("configure --token-stdin < /dev/zero stops at the cap and says so", async () => {
    const run = await cli(["configure", "-p", "x", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"], {
      env: { DATABRICKS_CONFIG_FILE: join(home.dir, "cfg") },
      stdinFile: "/dev/zero",
    });
    expect(run.timedOut).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/more than 65536 bytes \(the 64 KiB cap/);
  });

  it("a server streaming an endless body is cut at the cap", async () => {
    const { createServer } = await import("node:http");
    const endless = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (response.write(chunk)) if (response.destroyed) return;
        response.once("drain", pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    try {
      const port = (endless.address() as { port: number }).port;
      const run = await cli(["token", "list"], {
        env: { DATABRICKS_HOST: `http://127.0.0.1:${port}`, DATABRICKS_TOKEN: token, DATABRICKS_CONFIG_FILE: join(home.dir, "none") },
      });
      expect(run.timedOut).toBeUndefined();
      expect(run.stderr).toMatch(/byte cap/);
    } finally {
      endless.closeAllConnections();
      endless.close();
    }
  });
});

describe("16.5 no partial token leaks", () => {
  it("a token wrapped onto two lines never shows its second half, in any command or format", async () => {
    const path = configAt("cfg", `[DEFAULT]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${token.slice(0, 20)}\n${token.slice(20)}\n`);
    for (const args of [
      ["doctor", "--offline"],
      ["doctor", "--offline", "--format", "json"],
      ["doctor", "--offline", "--format", "sarif"],
      ["profiles", "--offline"],
      ["profiles", "--offline", "--json"],
      ["describe"],
      ["describe", "--sdk", "all"],
      ["token", "list"],
    ]) {
      const run = await cli(args, { env: { DATABRICKS_CONFIG_FILE: path } });
      expect(output(run), args.join(" ")).not.toContain(token.slice(20));
      expect(output(run), args.join(" ")).not.toContain(token.slice(4, 20));
    }
  });

  it("doctor --fix never prints a removed duplicate secret line", async () => {
    const secret = "s3cr3t-" + fakePat().slice(4, 20);
    const older = fakePat();
    const path = configAt(
      "cfg",
      `[DEFAULT]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${older}\ntoken = ${token}\npassword = ${secret}\npassword = "${secret}x"\nazure_client_secret = ${secret}y\nazure_client_secret = ${secret}z\n`,
    );
    const run = await cli(["doctor", "--offline", "--fix", "--dry-run"], { env: { DATABRICKS_CONFIG_FILE: path } });
    expect(run.stdout).toMatch(/^-token = dapi…/m);
    expect(output(run)).not.toContain(secret);
    expectNoSecret(run, older, token);
  });

  it("a server message echoing the caller's token as a bare body, in upper case or split by a space, is masked", async () => {
    const spellings = [(t: string) => t.slice(4), (t: string) => t.toUpperCase(), (t: string) => `${t.slice(0, 18)} ${t.slice(18)}`];
    for (const spell of spellings) {
      server = await startHostileServer((_request, bearer) => ({
        status: 403,
        body: JSON.stringify({ error_code: "PERMISSION_DENIED", message: `Invalid access token ${spell(bearer)}` }),
      }));
      const env = { DATABRICKS_CONFIG_FILE: configAt("cfg", `[DEFAULT]\nhost = ${server.url}\ntoken = ${token}\n`) };
      for (const args of [["token", "list"], ["profiles"], ["doctor"]]) {
        const run = await cli(args, { env });
        expect(output(run), args.join(" ")).toMatch(/Invalid access token/);
        expectNoSecret(run, token);
      }
      await server.close();
      server = undefined;
    }
  });
});

describe("16.6 terminal escapes are shown, never obeyed", () => {
  const hostile = `${ESC}]0;pwned${BEL}${ESC}[2J\r\u009b31m`;

  it("from a server, in token list and in the online checks", async () => {
    server = await startHostileServer((request) =>
      request.url?.startsWith("/api/2.0/token/list")
        ? { status: 200, body: JSON.stringify({ token_infos: [{ token_id: "ab12", creation_time: 1, expiry_time: -1, comment: `hi ${hostile}` }] }) }
        : { status: 403, body: JSON.stringify({ error_code: "PERMISSION_DENIED", message: `denied ${hostile}` }) },
    );
    const env = { DATABRICKS_CONFIG_FILE: configAt("cfg", `[DEFAULT]\nhost = ${server.url}\ntoken = ${token}\n`) };
    for (const args of [["token", "list"], ["profiles"], ["doctor"]]) {
      const run = await cli(args, { env });
      expect(output(run), args.join(" ")).not.toMatch(RAW_CONTROL);
      expect(output(run), args.join(" ")).toMatch(/\\u001b\]0;pwned\\u0007/);
    }
  });

  it("from a config file's section names and errors", async () => {
    const named = configAt("named", `[prod${ESC}[2J${ESC}]0;x${BEL}]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${token}\n`);
    const broken = configAt("broken", `[DEFAULT]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${token}\n[bad${ESC}[2J\n`);
    for (const [path, args] of [
      [named, ["doctor", "--offline"]],
      [named, ["profiles", "--offline"]],
      [broken, ["doctor", "--offline"]],
      [broken, ["profiles", "--offline"]],
      [broken, ["describe"]],
    ] as const) {
      const run = await cli([...args], { env: { DATABRICKS_CONFIG_FILE: path } });
      expect(output(run), args.join(" ")).toMatch(/\\u001b\[2J/);
      expect(output(run), args.join(" ")).not.toMatch(RAW_CONTROL);
    }
  });
});

describe("16.7 limits", () => {
  it.each(["doctor", "profiles", "token list", "token rotate"])("%s --timeout past a Node timer's range is a usage error", async (command) => {
    for (const value of ["2147483648", "999999999999", "0", "1e3"]) {
      const run = await cli([...command.split(" "), "--timeout", value]);
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toMatch(/--timeout must be a whole number from 1 to 2147483647/);
    }
  });

  it("token list honours --timeout against a server that never answers", async () => {
    server = await startHostileServer(() => "hang");
    const run = await cli(["token", "list", "--timeout", "300"], {
      env: { DATABRICKS_HOST: server.url, DATABRICKS_TOKEN: token, DATABRICKS_CONFIG_FILE: join(home.dir, "none") },
    });
    expect(run.timedOut).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/300 ms/);
  });
});

describe("16.8 weak points", () => {
  it("profiles checks at most 8 profiles at once", async () => {
    server = await startHostileServer(() => ({ status: 200, body: JSON.stringify({ userName: "u@example.com", id: "1" }), delayMs: 100 }));
    const sections = Array.from({ length: 40 }, (_, i) => `[p${i}]\nhost = ${server!.url}\ntoken = ${fakePat()}\n`).join("");
    const run = await cli(["profiles", "--json"], { env: { DATABRICKS_CONFIG_FILE: configAt("cfg", sections) } });
    expect(JSON.parse(run.stdout).profiles).toHaveLength(40);
    expect(server.maxInFlight()).toBeGreaterThan(1);
    expect(server.maxInFlight()).toBeLessThanOrEqual(8);
  });

  it("configure tightens an existing 0644 file to 0600 before adding a token, and says so", async () => {
    const path = configAt("cfg", "[other]\nhost = https://adb-9.9.azuredatabricks.net\n", 0o644);
    const run = await cli(["configure", "-p", "x", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"], {
      env: { DATABRICKS_CONFIG_FILE: path },
      stdin: `${token}\n`,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Mode 0644 → 0600/);
    expect((statSync(path).mode & 0o777).toString(8)).toBe("600");
    expectNoSecret(run, token);
  });

  it.each([
    ["a pasted DATABRICKS_TOKEN= line", (t: string) => `DATABRICKS_TOKEN=${t}\n`, /NAME=value/],
    ["a 20 KB token", () => "a".repeat(20_000), /over the 8192-character cap/],
    ["text with control characters", (t: string) => `${t}\u0007\n`, /characters no bearer token has/],
  ])("configure refuses %s and writes nothing", async (_what, input, message) => {
    const path = join(home.dir, "cfg");
    const run = await cli(["configure", "-p", "x", "--host", "https://adb-1.2.azuredatabricks.net", "--token-stdin"], {
      env: { DATABRICKS_CONFIG_FILE: path },
      stdin: input(token),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(path)).toThrow();
    expectNoSecret(run, token);
  });

  // The JS dialect reads names with the npm `ini` package, character by character: seconds for 10 MB.
  it("a 10 MB section name is not echoed whole", { timeout: 240_000 }, async () => {
    const huge = "p".repeat(10 * 1024 * 1024);
    const path = configAt("cfg", `[${huge}]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${token}\n`);
    for (const args of [
      ["doctor", "--offline"],
      ["profiles", "--offline"],
    ]) {
      const run = await cli(args, { env: { DATABRICKS_CONFIG_FILE: path }, limitMs: 110_000 });
      expect(run.timedOut, args.join(" ")).toBeUndefined();
      expect(output(run).length, args.join(" ")).toBeLessThan(256 * 1024);
      expect(output(run), args.join(" ")).toMatch(/more characters\)/);
    }
  });

  // Before: the fix diff built an n × m LCS table (out of memory at 10,000 profiles) and every edit
  // re-read the whole file with the three SDK readers (minutes for 2,000 profiles).
  it("doctor --fix plans, shows and applies thousands of repairs in a 5,000-profile file", { timeout: 120_000 }, async () => {
    const tokens = Array.from({ length: 5_000 }, () => fakePat());
    const sections = tokens.map((t, p) =>
      p % 2 === 0
        ? `[p${p}]\nhost = https://adb-${p}.2.azuredatabricks.net/?o=${p}\ntoken = ${fakePat()}\ntoken = ${t}\n`
        : `[p${p}]\nhost = https://adb-${p}.2.azuredatabricks.net\ntoken = ${t}\n`,
    );
    const path = configAt("cfg", sections.join("\n"));
    const before = readFileSync(path, "utf8");
    const dryRun = await cli(["doctor", "--offline", "--fix", "--dry-run"], { env: { DATABRICKS_CONFIG_FILE: path }, limitMs: 100_000 });
    expect(dryRun.timedOut).toBeUndefined();
    expect(dryRun.stdout).toMatch(/Dry run: 5000 changes not applied/);
    expect(dryRun.stdout).toMatch(/\n\+host = https:\/\/adb-2\.2\.azuredatabricks\.net\n token = \S+\n\+workspace_id = 2\n/);
    expect(readFileSync(path, "utf8")).toBe(before);
    const fixed = await cli(["doctor", "--offline", "--fix"], { env: { DATABRICKS_CONFIG_FILE: path }, limitMs: 100_000 });
    expect(fixed.stdout).toMatch(/Fixed 5000 things in /);
    const after = readFileSync(path, "utf8");
    expect(after.match(/^token = /gm)).toHaveLength(5_000);
    expect(after).toContain(`[p4]\nhost = https://adb-4.2.azuredatabricks.net\ntoken = ${tokens[4]}\nworkspace_id = 4\n`);
    const again = await cli(["doctor", "--offline", "--fix", "--dry-run"], { env: { DATABRICKS_CONFIG_FILE: path }, limitMs: 100_000 });
    expect(again.stdout).toContain("nothing to fix safely");
    for (const run of [dryRun, fixed, again]) expectNoSecret(run, ...tokens.slice(0, 50));
  });

  // Before: each failing profile looked its header up by scanning every header (53 s for 100,000).
  it("doctor --offline on 20,000 profiles without a host fails each one, pointing at its header", { timeout: 120_000 }, async () => {
    const sections = Array.from({ length: 20_000 }, (_, p) => `[p${p}]\ntoken = ${token}\n`);
    const path = configAt("cfg", sections.join("\n"));
    const run = await cli(["doctor", "--offline", "--format", "json", "--check", "host-shape"], { env: { DATABRICKS_CONFIG_FILE: path }, limitMs: 100_000 });
    expect(run.timedOut).toBeUndefined();
    const findings = (JSON.parse(run.stdout) as { checks: { id: string; status: string; location?: { line: number } }[] }).checks.filter(
      (c) => c.id === "host-shape",
    );
    expect(findings).toHaveLength(20_000);
    expect(findings.every((f) => f.status === "fail")).toBe(true);
    expect(findings[19_999]!.location?.line).toBe(19_999 * 3 + 1);
    expectNoSecret(run, token);
  });
});
