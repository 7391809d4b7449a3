import { afterEach, describe, expect, it } from "vitest";
import { doctorReportSchema } from "../doctor/engine/report-schema.js";
import { loadFixture } from "../test-support/doctor-harness.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";
import { sarifErrors } from "../test-support/validate-sarif.js";
import { requireBuiltCli, runBuiltCli } from "../test-support/run-built-cli.js";

const IDENTIFYING = [
  "adb-6180426291931512",
  "6180426291931512",
  "acme-prod-analytics",
  "3141592653589793",
  "dbc-7f3e2a1b-9c4d",
  "jane.doe",
  "acme-corp",
  "3f2c1e4b-8a9d-4c7e-b1f0-5d6e7a8b9c0d",
];

let home: TempHome | undefined;
afterEach(async () => {
  await home?.cleanup();
  home = undefined;
});

async function dbcfg(args: string[], env: Record<string, string>) {
  requireBuiltCli();
  return runBuiltCli(args, { env });
}

describe("doctor --list-checks, --check, --skip, --anonymize (built CLI)", () => {
  it("--list-checks prints every check in text and JSON and exits 0", async () => {
    const text = await dbcfg(["doctor", "--list-checks"], { HOME: "/nonexistent" });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^config-file-path\s+file\s+/);
    expect(text.stdout).toMatch(/\ntoken-scopes\s+online\s+Token scopes \(needs token-valid\)\n/);
    const json = JSON.parse((await dbcfg(["doctor", "--list-checks", "--format", "json"], { HOME: "/nonexistent" })).stdout) as { checks: { id: string }[] };
    expect(json.checks.map((c) => c.id)).toContain("ip-access-list");
  });

  it("--check runs one check plus its marked prerequisites; --skip leaves one out; an unknown id exits 2", async () => {
    home = await makeHome(`[DEFAULT]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = ${fakePat()}\n`);
    const only = doctorReportSchema.parse(
      JSON.parse((await dbcfg(["doctor", "--offline", "--format", "json", "--check", "duplicate-token"], { HOME: home.dir })).stdout),
    );
    expect(only.checks.map((c) => [c.id, c.prerequisite ?? false])).toEqual([["duplicate-token", false]]);
    const withPrereqs = doctorReportSchema.parse(
      JSON.parse((await dbcfg(["doctor", "--offline", "--format", "json", "--check", "token-valid"], { HOME: home.dir })).stdout),
    );
    expect(withPrereqs.checks.filter((c) => c.prerequisite).map((c) => c.id)).toEqual(["host-shape", "token-shape", "dns", "tcp", "tls"]);
    const text = await dbcfg(["doctor", "--offline", "--verbose", "--check", "tls"], { HOME: home.dir });
    expect(text.stdout).toContain("(prerequisite)");
    const skipped = doctorReportSchema.parse(
      JSON.parse((await dbcfg(["doctor", "--offline", "--format", "json", "--skip", "config-in-git,host-shape"], { HOME: home.dir })).stdout),
    );
    expect(skipped.checks.map((c) => c.id)).not.toContain("config-in-git");
    // host-shape is skipped but other checks need it: it still runs, marked as a prerequisite.
    expect(skipped.checks.find((c) => c.id === "host-shape")?.prerequisite).toBe(true);
    const unknown = await dbcfg(["doctor", "--check", "token-vaild"], { HOME: home.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--check: no check is called "token-vaild" (did you mean "token-valid"?)');
  });

  it("--anonymize: no host, user name, workspace id or home path of the fixture in text, JSON or SARIF; no secret either", async () => {
    const token = fakePat();
    const secret = "dose" + fakePat().slice(4);
    home = await makeHome(
      await loadFixture("anonymize", "identifying.databrickscfg", { TOKEN_A: token, PASSWORD: "pw-" + fakePat().slice(-8), CLIENT_SECRET: secret }),
      0o644,
    );
    const env = { HOME: home.dir, USER: "jdoe-anon-test", DATABRICKS_HOST: "https://adb-6180426291931512.12.azuredatabricks.net" };
    const plain = await dbcfg(["doctor", "--offline", "--all-profiles", "--verbose"], env);
    expect(plain.stdout).toContain("acme-prod-analytics");
    for (const format of ["text", "json", "sarif"]) {
      const run = await dbcfg(["doctor", "--offline", "--all-profiles", "--verbose", "--anonymize", "--format", format], env);
      expect([0, 1]).toContain(run.code);
      for (const value of [...IDENTIFYING, home.dir, "jdoe-anon-test", token.slice(4), secret.slice(4)]) {
        expect(run.stdout, `${format}: ${value}`).not.toContain(value);
        expect(run.stderr, `${format}: ${value}`).not.toContain(value);
      }
      expect(run.stdout).toContain("workspace-1.example.invalid");
      if (format === "json") expect(doctorReportSchema.parse(JSON.parse(run.stdout)).configFile).toBe("/home/user/.databrickscfg");
      if (format === "sarif") expect(sarifErrors(JSON.parse(run.stdout))).toBe("");
    }
  });
});
