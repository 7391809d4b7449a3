import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { doctorReportSchema } from "../doctor/engine/report-schema.js";
import { loadFixture } from "../test-support/doctor-harness.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";
import { sarifErrors } from "../test-support/validate-sarif.js";
import { requireBuiltCli, runBuiltCli } from "../test-support/run-built-cli.js";

let home: TempHome | undefined;
afterEach(async () => {
  await home?.cleanup();
  home = undefined;
});

describe("doctor on OAuth profiles (built CLI)", () => {
  it("a stray token in an OAuth profile and an expired login without refresh token, in text, JSON and SARIF; no secret printed", async () => {
    requireBuiltCli();
    const values: Record<string, string> = {};
    const secret = "dose" + fakePat().slice(4);
    const config =
      (await loadFixture("oauth-profile-token", "stale-token.databrickscfg", values)) +
      `\n[deployer]\nhost = https://dev-workspace.cloud.databricks.com\nclient_id = 6f5ccf28-d83a-4957-9bfb-5bbfac551410\nclient_secret = ${secret}\n`;
    home = await makeHome(config);
    await mkdir(join(home.dir, ".databricks"));
    await writeFile(join(home.dir, ".databricks", "token-cache.json"), await loadFixture("oauth-token-cache", "token-cache.json", values));
    const out: Record<string, string> = {};
    for (const format of ["text", "json", "sarif"]) {
      const run = await runBuiltCli(["doctor", "--offline", "--all-profiles", "--format", format], { env: { HOME: home.dir } });
      expect(run.code, run.stderr).toBe(1);
      for (const value of [...Object.values(values), secret]) expect(run.stdout + run.stderr).not.toContain(value.slice(4, -4));
      out[format] = run.stdout;
    }
    const report = doctorReportSchema.parse(JSON.parse(out.json!));
    expect(report.checks.find((c) => c.id === "oauth-profile-token" && c.profile === "laptop")).toMatchObject({
      status: "warn",
      location: expect.objectContaining({ line: 5 }),
    });
    expect(report.checks.find((c) => c.id === "oauth-token-cache" && c.profile === "laptop")).toMatchObject({
      status: "fail",
      fix: "databricks auth login --profile laptop",
    });
    expect(out.text).toContain(
      "OAuth login still usable: The cached OAuth login of [laptop] (https://dev-workspace.cloud.databricks.com) expired at 2026-01-01T00:00:00.000Z and has no refresh token",
    );
    const sarif = JSON.parse(out.sarif!) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarifErrors(sarif)).toBe("");
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(["oauth-profile-token", "oauth-token-cache"]));
  });
});
