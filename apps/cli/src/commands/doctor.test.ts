import { lstat, readFile, readdir, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../cli/command.js";
import { doctorCommand } from "./doctor.js";
import { doctorReportSchema } from "../doctor/engine/report-schema.js";
import { loadFixture } from "../test-support/doctor-harness.js";
import { fakeContext } from "../test-support/fake-context.js";
import { makeHome } from "../test-support/temp-home.js";
import { startEmulatorHome } from "../test-support/emulator-home.js";
import { sarifErrors } from "../test-support/validate-sarif.js";
import { ME_PATH } from "../checks/online/token-valid.js";
import { fakePat } from "@dbcfg/pat/testing";

async function inHome(config: string | undefined, test: (home: Awaited<ReturnType<typeof makeHome>>) => Promise<void>, mode = 0o600) {
  const home = await makeHome(config, mode);
  try {
    await test(home);
  } finally {
    await home.cleanup();
  }
}

describe("dbcfg doctor flags", () => {
  it.each([
    [["--profile", "a", "--all-profiles"], "--profile and --all-profiles cannot be combined."],
    [["--format", "xml"], '--format must be text, json or sarif, got "xml".'],
    [["--dry-run"], "--dry-run only makes sense with --fix."],
    [["--timeout", "soon"], '--timeout must be a whole number from 1 to 2147483647, got "soon".'],
    [["--fail-on", "error"], '--fail-on must be warn or fail, got "error".'],
    [["--bogus"], "Unknown option '--bogus'"],
  ])("rejects %j with a usage error", async (args, message) => {
    await expect(doctorCommand.run(args, fakeContext({ homeDir: "/nonexistent" }))).rejects.toThrow(new UsageError(message));
  });
});

describe("dbcfg doctor", () => {
  it("on a first run says there is no config file and how to create one (exit 0)", () =>
    inHome(undefined, async (home) => {
      const cli = fakeContext({ homeDir: home.dir });
      expect(await doctorCommand.run(["--offline"], cli)).toBe(0);
      expect(cli.stdout.text).toContain(`No config file at ${home.configPath}`);
      expect(cli.stdout.text).toContain("dbcfg configure --profile DEFAULT --host https://<workspace>.cloud.databricks.com --token-stdin");
    }));

  it("exits 1 on a failure, and on warnings only with --fail-on warn", async () => {
    await inHome(await loadFixture("host-shape", "missing-host.databrickscfg"), async (home) => {
      expect(await doctorCommand.run(["--offline"], fakeContext({ homeDir: home.dir }))).toBe(1);
    });
    await inHome(await loadFixture("host-shape", "trailing-slash.databrickscfg"), async (home) => {
      expect(await doctorCommand.run(["--offline"], fakeContext({ homeDir: home.dir }))).toBe(0);
      expect(await doctorCommand.run(["--offline", "--fail-on", "warn"], fakeContext({ homeDir: home.dir }))).toBe(1);
    });
  });

  it("prints JSON that the exported schema accepts, and valid SARIF", async () =>
    inHome(
      await loadFixture("fix", "messy.databrickscfg"),
      async (home) => {
        const json = fakeContext({ homeDir: home.dir });
        await doctorCommand.run(["--offline", "--format", "json"], json);
        const report = doctorReportSchema.parse(JSON.parse(json.stdout.text));
        expect(report.checks.some((c) => c.id === "host-shape" && c.status === "warn")).toBe(true);
        const sarif = fakeContext({ homeDir: home.dir });
        await doctorCommand.run(["--offline", "--format", "sarif"], sarif);
        expect(sarifErrors(JSON.parse(sarif.stdout.text))).toBe("");
      },
      0o644,
    ));

  it("--fix --dry-run prints the diff and changes nothing", async () =>
    inHome(
      await loadFixture("fix", "messy.databrickscfg"),
      async (home) => {
        const before = await readFile(home.configPath, "utf8");
        const cli = fakeContext({ homeDir: home.dir });
        expect(await doctorCommand.run(["--fix", "--dry-run"], cli)).toBe(0);
        expect(cli.stdout.text).toContain("-host = https://old.cloud.databricks.com");
        expect(cli.stdout.text).toContain("+workspace_id = 1234567890123456");
        expect(cli.stdout.text).toContain("mode 0644 → 0600");
        expect(await readFile(home.configPath, "utf8")).toBe(before);
        expect((await stat(home.configPath)).mode & 0o777).toBe(0o644);
      },
      0o644,
    ));

  it("--fix joins a token wrapped onto two lines, and its diff shows neither half", () => {
    const token = fakePat();
    const wrapped = `[DEFAULT]\nhost = https://dbc-1.cloud.databricks.com/\ntoken = ${token.slice(0, 20)}\n  ${token.slice(20)}\n`;
    return inHome(wrapped, async (home) => {
      const dry = fakeContext({ homeDir: home.dir });
      expect(await doctorCommand.run(["--fix", "--dry-run"], dry)).toBe(0);
      expect(dry.stdout.text).toContain(`+token = dapi…${token.slice(-4)}`);
      const cli = fakeContext({ homeDir: home.dir });
      await doctorCommand.run(["--fix", "--offline"], cli);
      expect(await readFile(home.configPath, "utf8")).toBe(`[DEFAULT]\nhost = https://dbc-1.cloud.databricks.com\ntoken = ${token}\n`);
      for (const out of [dry.stdout.text, cli.stdout.text, cli.stderr.text]) {
        expect(out).not.toContain(token.slice(4, 20));
        expect(out).not.toContain(token.slice(20));
      }
      expect(cli.stdout.text).toContain(`joined the token dapi…${token.slice(-4)} wrapped onto lines 3–4 into one line`);
    });
  });

  it("--fix applies the safe fixes with a 0600 backup, through a symlink, and the doctor then passes them", () =>
    inHome(undefined, async (home) => {
      const real = join(home.dir, "real.cfg");
      const before = await loadFixture("fix", "messy.databrickscfg");
      await writeFile(real, before, { mode: 0o644 });
      await symlink(real, home.configPath);
      const cli = fakeContext({ homeDir: home.dir });
      await doctorCommand.run(["--fix", "--offline", "--format", "json"], cli);
      expect((await lstat(home.configPath)).isSymbolicLink()).toBe(true);
      expect((await stat(real)).mode & 0o777).toBe(0o600);
      const backups = (await readdir(home.dir)).filter((f) => f.endsWith(".bak"));
      expect(backups).toEqual(["real.cfg.bak"]);
      expect(await readFile(join(home.dir, backups[0]!), "utf8")).toBe(before);
      expect((await stat(join(home.dir, backups[0]!))).mode & 0o777).toBe(0o600);
      expect(cli.stderr.text).toContain(`Fixed 3 things in ${real}`);
      // The help says what just happened: one <file>.bak, mode 0600, no timestamp.
      expect(doctorCommand.help).toContain("keep the previous file as <file>.bak (mode 0600,");
      expect(doctorCommand.help).not.toMatch(/timestamp/i);
      const report = doctorReportSchema.parse(JSON.parse(cli.stdout.text));
      const statuses = (id: string) => report.checks.filter((c) => c.id === id).map((c) => c.status);
      expect(statuses("host-shape")).toEqual(["pass", "pass"]);
      expect(statuses("config-file-permissions")).toEqual(["pass"]);
      expect(statuses("config-file-syntax")).toEqual(["pass"]);
    }));
});

describe("terminal output", () => {
  it("on a TTY shows a spinner on stderr for online checks, erases it, and colours the report", async () => {
    const env = await startEmulatorHome();
    try {
      const cli = fakeContext({ homeDir: env.home.dir, stdoutIsTTY: true, stderrIsTTY: true, now: env.cli.now });
      expect(await doctorCommand.run([], cli)).toBe(0);
      expect(cli.stderr.text.startsWith("\r\u001b[K")).toBe(true);
      expect(cli.stderr.text).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Checking online: /);
      expect(cli.stderr.text.endsWith("\r\u001b[K")).toBe(true);
      expect(cli.stdout.text).toContain("\u001b[32m");
    } finally {
      await env.close();
    }
  });

  it("has no spinner and no colour with NO_COLOR, off a TTY, or with --offline", async () => {
    const env = await startEmulatorHome();
    try {
      const noColor = fakeContext({ homeDir: env.home.dir, stdoutIsTTY: true, stderrIsTTY: true, env: { NO_COLOR: "1" }, now: env.cli.now });
      await doctorCommand.run(["--offline"], noColor);
      expect(noColor.stdout.text).not.toContain("\u001b[");
      expect(noColor.stderr.text).toBe("");
      const piped = fakeContext({ homeDir: env.home.dir, now: env.cli.now });
      await doctorCommand.run([], piped);
      expect(piped.stdout.text + piped.stderr.text).not.toContain("\u001b[");
    } finally {
      await env.close();
    }
  });
});

describe("secrets never reach the output", () => {
  it("masks a token planted in the file, the environment and a server response, in text, JSON and SARIF", async () => {
    const planted = fakePat();
    const envToken = fakePat();
    const env = await startEmulatorHome({
      fixture: ["online", "unreachable.databrickscfg"],
      values: { TOKEN_B: planted },
      env: { DATABRICKS_TOKEN: envToken, DATABRICKS_CONFIG_PROFILE: "nowhere" },
      faults: [{ path: ME_PATH, status: 403, json: { error_code: 403, message: `Invalid access token. (${planted} ${envToken})` } }],
    });
    try {
      await writeFile(
        env.home.configPath,
        (await readFile(env.home.configPath, "utf8")) +
          `\n[quoted]\nhost = ${env.emulator.url}\ntoken = "${planted}" # planted\n\n[copy]\nhost = ${env.emulator.url}\ntoken = ${planted}\n`,
      );
      for (const format of ["text", "json", "sarif"]) {
        for (const args of [
          ["--all-profiles", "-v"],
          ["--profile", "quoted", "-v"],
        ]) {
          const run = fakeContext({ homeDir: env.home.dir, env: { DATABRICKS_TOKEN: envToken, DATABRICKS_CONFIG_PROFILE: "nowhere" }, now: env.cli.now });
          await doctorCommand.run([...args, "--format", format, "--timeout", "2000"], run);
          const output = run.stdout.text + run.stderr.text;
          expect(output.length).toBeGreaterThan(100);
          for (const secret of [planted, envToken]) {
            expect(output).not.toContain(secret);
            expect(output).not.toContain(secret.slice(4, 36));
          }
        }
      }
    } finally {
      await env.close();
    }
  });
});
