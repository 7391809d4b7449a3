import { cp } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { doctorReportSchema } from "../doctor/engine/report-schema.js";
import { loadFixture } from "../test-support/doctor-harness.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";
import { sarifErrors } from "../test-support/validate-sarif.js";
import { requireBuiltCli, runBuiltCli } from "../test-support/run-built-cli.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/doctor/bundle-target/", import.meta.url));
let home: TempHome | undefined;
afterEach(async () => {
  await home?.cleanup();
  home = undefined;
});

describe("doctor inside a bundle (built CLI)", () => {
  it("a --profile whose host is not the default target's: exact host and profile, in text, JSON and SARIF, no secret", async () => {
    requireBuiltCli();
    const token = fakePat();
    const secret = "dose" + fakePat().slice(4);
    home = await makeHome(await loadFixture("bundle-target", "workspaces.databrickscfg", { TOKEN_A: token, CLIENT_SECRET: secret }));
    const bundleDir = join(home.dir, "projects", "sales-etl");
    await cp(join(FIXTURES, "two-targets"), bundleDir, { recursive: true });
    const expected = `Inside the bundle ${bundleDir}/databricks.yml the Databricks CLI (target "dev" (default: true), profile [DEFAULT] from --profile) stops with "config host mismatch: profile uses host https://prod-workspace.cloud.databricks.com, but CLI configured to use https://dev-workspace.cloud.databricks.com".`;
    const out: Record<string, string> = {};
    for (const format of ["text", "json", "sarif"]) {
      const run = await runBuiltCli(["doctor", "--offline", "--profile", "DEFAULT", "--format", format], {
        env: { HOME: home.dir },
        cwd: join(bundleDir, "src"),
      });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(token.slice(4));
      expect(run.stdout + run.stderr).not.toContain(secret.slice(4));
      out[format] = run.stdout;
    }
    expect(out.text).toContain(`Bundle target and workspace: ${expected}`);
    expect(out.text).toContain(
      "Fix: Use -t prod to deploy to https://prod-workspace.cloud.databricks.com, or --profile dev (host https://dev-workspace.cloud.databricks.com).",
    );
    const report = doctorReportSchema.parse(JSON.parse(out.json!));
    expect(report.checks.find((c) => c.id === "bundle-target")).toMatchObject({ status: "fail", message: expected });
    const sarif = JSON.parse(out.sarif!) as { runs: { results: { ruleId: string; level: string; message: { text: string } }[] }[] };
    expect(sarifErrors(sarif)).toBe("");
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === "bundle-target")).toMatchObject({ level: "error" });
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === "bundle-target")!.message.text).toContain(expected);
  });

  it("without --profile: the default target's host and profile, and why", async () => {
    requireBuiltCli();
    home = await makeHome(await loadFixture("bundle-target", "workspaces.databrickscfg", { CLIENT_SECRET: "dose" + fakePat().slice(4) }));
    const bundleDir = join(home.dir, "projects", "sales-etl");
    await cp(join(FIXTURES, "two-targets"), bundleDir, { recursive: true });
    const run = await runBuiltCli(["doctor", "--offline", "--format", "json", "--check", "bundle-target"], { env: { HOME: home.dir }, cwd: bundleDir });
    const report = doctorReportSchema.parse(JSON.parse(run.stdout));
    expect(report.checks).toEqual([
      expect.objectContaining({
        id: "bundle-target",
        status: "pass",
        message: expect.stringContaining(
          'uses target "dev" (default: true), host https://dev-workspace.cloud.databricks.com (from targets.dev.workspace.host) and profile [dev] (from targets.dev.workspace.profile)',
        ),
      }),
    ]);
  });
});
