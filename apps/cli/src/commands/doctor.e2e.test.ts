import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "@dbcfg/workspace-emulator";
import { createTestCertificates, type TestCertificates } from "@dbcfg/workspace-emulator/testing";
import { doctorReportSchema, type DoctorReport } from "../doctor/engine/report-schema.js";
import { loadFixture } from "../test-support/doctor-harness.js";
import { makeHome } from "../test-support/temp-home.js";
import { sarifErrors } from "../test-support/validate-sarif.js";
import { ME_PATH } from "../checks/online/token-valid.js";
import { requireBuiltCli, runBuiltCli } from "../test-support/run-built-cli.js";
import { closedPort } from "@dbcfg/workspace-emulator/testing";
import { fakePat } from "@dbcfg/pat/testing";

const DAY = 86_400_000;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built, bundled CLI as a child process with a clean environment (no DATABRICKS_* leaks in). */
async function dbcfg(args: string[], env: Record<string, string>): Promise<CliResult> {
  requireBuiltCli();
  const run = await runBuiltCli(args, { env });
  return { code: run.code ?? 2, stdout: run.stdout, stderr: run.stderr };
}

async function doctorJson(
  home: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; report: DoctorReport; raw: CliResult }> {
  const raw = await dbcfg(["doctor", "--format", "json", ...args], { HOME: home, ...env });
  return { code: raw.code, report: doctorReportSchema.parse(JSON.parse(raw.stdout)), raw };
}

const findings = (report: DoctorReport, id: string, profile?: string) =>
  report.checks.filter((c) => c.id === id && (profile === undefined || c.profile === profile));

describe("dbcfg doctor (built CLI, child process)", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    const now = Date.now();
    emulator = await startEmulator({
      seed: {
        tokens: [
          { userName: "admin@example.com", comment: "forever", expiryTime: -1 },
          { userName: "admin@example.com", comment: "soon", expiryTime: now + 3 * DAY },
          { userName: "user@example.com", comment: "forgotten", creationTime: now - 100 * DAY, lastUsedTime: now - 75 * DAY, expiryTime: now + 300 * DAY },
        ],
      },
    });
  });
  afterAll(() => emulator.close());

  async function emulatorHome(token: string, extra = "") {
    return makeHome(`[DEFAULT]\nhost = ${emulator.url}\ntoken = ${token}\n${extra}`);
  }

  it("first run: no config file, says how to create one, exit 0", async () => {
    const home = await makeHome();
    try {
      const result = await dbcfg(["doctor", "--offline"], { HOME: home.dir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`No config file at ${home.configPath}`);
      expect(result.stdout).toContain("dbcfg configure --profile DEFAULT --host https://<workspace>.cloud.databricks.com --token-stdin");
    } finally {
      await home.cleanup();
    }
  });

  it("usage errors exit 2", async () => {
    const result = await dbcfg(["doctor", "--format", "yaml"], { HOME: "/nonexistent" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be text, json or sarif, got "yaml".');
  });

  it.each([
    ["host-shape", "host-shape", "query-o.databrickscfg", "warn", 'host carries the query "?o=1234567890123456"'],
    ["host-shape", "host-shape", "http-remote.databrickscfg", "fail", "the token would travel unencrypted"],
    ["token-shape", "token-shape", "quoted.databrickscfg", "fail", "the Python SDK sends them and gets 403"],
    ["basic-auth", "basic-auth", "basic.databrickscfg", "fail", "reached end of life on 2024-07-10"],
    ["config-file-syntax", "config-file-syntax", "no-delimiter.databrickscfg", "fail", 'Line 3, column 1: This line has no "=" so no SDK can read it'],
    ["duplicate-token", "duplicate-token", "other-host.databrickscfg", "fail", "but point at different hosts"],
    ["duplicate-host", "duplicate-host", "shared.databrickscfg", "warn", "multiple profiles matched: alice, bot"],
    ["default-profile-target", "default-profile-target", "missing.databrickscfg", "fail", 'did you mean "prod"?'],
    ["sdk-divergence", "sdk-divergence", "inline-comment.databrickscfg", "warn", "Python keeps it as part of the value"],
    ["empty-default", "empty-default", "empty.databrickscfg", "warn", "[DEFAULT] is empty and no default_profile is set"],
  ])("%s: fixture %s/%s → %s", async (id, dir, name, status, message) => {
    const home = await makeHome(await loadFixture(dir, name, { PASSWORD: "pw" }));
    try {
      const { code, report } = await doctorJson(home.dir, ["--offline"]);
      const found = findings(report, id).find((f) => f.status === status && f.message.includes(message));
      expect(found, JSON.stringify(findings(report, id))).toBeDefined();
      expect(code).toBe(report.summary.fail > 0 ? 1 : 0);
    } finally {
      await home.cleanup();
    }
  });

  it("permissions: warns on 0644 and --fix sets 0600 with a backup, printing the diff", async () => {
    const home = await makeHome(await loadFixture("fix", "messy.databrickscfg"), 0o644);
    try {
      expect(findings((await doctorJson(home.dir, ["--offline"])).report, "config-file-permissions")[0]!.status).toBe("warn");
      const fixed = await dbcfg(["doctor", "--offline", "--fix"], { HOME: home.dir });
      expect(fixed.stdout).toContain("+workspace_id = 1234567890123456");
      expect(fixed.stdout).toContain("Fixed 3 things");
      const after = await doctorJson(home.dir, ["--offline"]);
      expect(findings(after.report, "config-file-permissions")[0]!.status).toBe("pass");
      expect(findings(after.report, "backup-file-secrets")[0]!.status).toBe("warn");
    } finally {
      await home.cleanup();
    }
  });

  it("environment: DATABRICKS_CONFIG_PROFILE naming a missing profile fails with the SDK's error", async () => {
    const home = await makeHome(await loadFixture("env", "two-profiles.databrickscfg"));
    try {
      const { code, report } = await doctorJson(home.dir, ["--offline"], { DATABRICKS_CONFIG_PROFILE: "staging" });
      expect(code).toBe(1);
      expect(findings(report, "env-profile-missing")[0]).toMatchObject({ status: "fail" });
      expect(findings(report, "env-profile-missing")[0]!.message).toContain(`has no staging profile configured`);
    } finally {
      await home.cleanup();
    }
  });

  it("online: a valid token passes SCIM Me, workspace-conf and the inventory (with counts)", async () => {
    const home = await emulatorHome(emulator.mintToken({ userName: "admin@example.com", lifetimeSeconds: 90 * 86400 }));
    try {
      const { report } = await doctorJson(home.dir);
      expect(findings(report, "token-valid")[0]).toMatchObject({ status: "pass", profile: "DEFAULT" });
      expect(findings(report, "token-valid")[0]!.message).toContain("authenticated as admin@example.com");
      expect(findings(report, "tokens-enabled")[0]!.status).toBe("pass");
      expect(findings(report, "token-lifetime-policy")[0]!.message).toContain("live at most 730 days");
      const inventory = findings(report, "token-inventory").map((f) => f.message);
      expect(inventory).toContain('1 of your tokens never expire: "forever".');
      expect(inventory).toContain('Token "soon" expires in 3 days.');
      expect(findings(report, "stale-tokens")[0]!.message).toMatch(
        /^1 token unused for over 60 days: "forgotten" of user@example.com \(last used 75 days ago, revoked in 15 days\)\.$/,
      );
      expect(findings(report, "tls")[0]!.status).toBe("skip");
    } finally {
      await home.cleanup();
    }
  });

  it("online: an unknown token gets 403 and the dependent checks are skipped", async () => {
    const home = await emulatorHome(fakePat());
    try {
      const { code, report } = await doctorJson(home.dir);
      expect(code).toBe(1);
      expect(findings(report, "token-valid")[0]!.message).toContain('is rejected (403 "Invalid access token.")');
      expect(findings(report, "token-inventory")[0]).toMatchObject({ status: "skip", message: "Skipped: token-valid did not pass." });
    } finally {
      await home.cleanup();
    }
  });

  it("online: an expired token (emulator clock) is rejected", async () => {
    const token = emulator.mintToken({ lifetimeSeconds: 60 });
    emulator.clock.advance(120_000);
    const home = await emulatorHome(token);
    try {
      const { report } = await doctorJson(home.dir);
      expect(findings(report, "token-valid")[0]).toMatchObject({ status: "fail" });
      expect(findings(report, "token-valid")[0]!.message).toContain("expired");
    } finally {
      await home.cleanup();
    }
  });

  it("online: a login page and disabled tokens are classified", async () => {
    const home = await emulatorHome(emulator.mintToken({ lifetimeSeconds: 3600 }));
    try {
      emulator.faults.add({ path: ME_PATH, action: "login-page", times: 1 });
      expect(findings((await doctorJson(home.dir)).report, "token-valid")[0]!.message).toContain("answered with an HTML login page");
      emulator.faults.add({
        path: ME_PATH,
        status: 403,
        json: { error_code: "PERMISSION_DENIED", message: "Tokens are disabled for this workspace" },
        times: 1,
      });
      expect(findings((await doctorJson(home.dir)).report, "token-valid")[0]!.message).toContain("refuses personal access tokens");
    } finally {
      await home.cleanup();
    }
  });

  it("online: DNS failure (.invalid), a refused port and an untrusted certificate", async () => {
    const port = await closedPort();
    const certs: TestCertificates = await createTestCertificates();
    const tlsEmulator = await startEmulator({ tls: { key: certs.key, cert: certs.cert } });
    const home = await makeHome(
      `[dns]\nhost = https://dbcfg-doctor-e2e.invalid\ntoken = ${fakePat()}\n\n[refused]\nhost = http://127.0.0.1:${port}\ntoken = ${fakePat()}\n\n[untrusted]\nhost = ${tlsEmulator.url}\ntoken = ${tlsEmulator.mintToken()}\n`,
    );
    try {
      const { report } = await doctorJson(home.dir, ["--all-profiles"]);
      expect(findings(report, "dns", "dns")[0]!.status).toBe("fail");
      expect(findings(report, "token-valid", "dns")[0]!.status).toBe("skip");
      expect(findings(report, "tcp", "refused")[0]!.message).toBe(`127.0.0.1:${port} refused the connection: nothing is listening there.`);
      expect(findings(report, "tls", "untrusted")[0]!.message).toContain("is not trusted");
      const trusted = await doctorJson(home.dir, ["--profile", "untrusted"], { NODE_EXTRA_CA_CERTS: certs.caCertPath });
      const tls = findings(trusted.report, "tls")[0]!;
      expect(tls.message).toMatch(
        /^(Trusted certificate for 127\.0\.0\.1|The certificate of 127\.0\.0\.1 \(issued by dbcfg emulator test CA\) expires in \d+ days)/,
      );
      expect(tls.status).not.toBe("fail");
      expect(findings(trusted.report, "token-valid")[0]!.status).toBe("pass");
    } finally {
      await home.cleanup();
      await tlsEmulator.close();
      await certs.cleanup();
    }
  });

  it("SARIF output validates against the SARIF 2.1.0 schema and points at the file", async () => {
    const home = await makeHome(await loadFixture("fix", "messy.databrickscfg"));
    try {
      const result = await dbcfg(["doctor", "--offline", "--format", "sarif"], { HOME: home.dir });
      const log = JSON.parse(result.stdout) as {
        runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
      };
      expect(sarifErrors(log)).toBe("");
      expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`file://${home.configPath}`);
    } finally {
      await home.cleanup();
    }
  });

  it("never prints a planted token (file, environment, server response) in text, JSON or SARIF", async () => {
    const planted = emulator.mintToken({ lifetimeSeconds: 3600 });
    const envToken = fakePat();
    const home = await emulatorHome(`"${planted}" # quoted`, `\n[copy]\nhost = ${emulator.url}/?o=1\ntoken = ${planted}\n`);
    try {
      emulator.faults.add({ path: "/api/2.0/token/list", status: 500, json: { error_code: "INTERNAL_ERROR", message: `broken ${planted}` } });
      for (const format of ["text", "json", "sarif"]) {
        const result = await dbcfg(["doctor", "--all-profiles", "-v", "--format", format], {
          HOME: home.dir,
          DATABRICKS_TOKEN: envToken,
          DATABRICKS_CONFIG_PROFILE: "copy",
        });
        const output = result.stdout + result.stderr;
        expect(output.length).toBeGreaterThan(200);
        for (const secret of [planted, envToken]) expect(output).not.toContain(secret.slice(4, 36));
      }
    } finally {
      emulator.faults.clear();
      await home.cleanup();
    }
  });

  it("--demo runs everything against an in-process emulator and exits 0", async () => {
    const home = await makeHome();
    try {
      const result = await dbcfg(["doctor", "--demo"], { HOME: home.dir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Demo: workspace emulator at http://127.0.0.1:");
      expect(result.stdout).toMatch(/Token dapi…[0-9a-f]{4} is rejected \(403/);
      expect(result.stdout).toContain("uses username/password (basic) authentication");
      expect(result.stdout).toContain('"old experiment" of user@example.com');
      expect(result.stdout).toContain("This was a demonstration");
      expect(await readFile(home.configPath, "utf8").catch(() => "absent")).toBe("absent");
    } finally {
      await home.cleanup();
    }
  });
});
