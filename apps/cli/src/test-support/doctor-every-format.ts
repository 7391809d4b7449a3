import { expect } from "vitest";
import { doctorReportSchema, type DoctorReport } from "../doctor/engine/report-schema.js";
import { requireBuiltCli, runBuiltCli } from "./run-built-cli.js";
import { sarifErrors } from "./validate-sarif.js";

/** The SARIF shape the e2e tests read. */
export interface SarifLog {
  runs: { results: { ruleId: string; level: string; message: { text: string } }[] }[];
}

/** What `dbcfg doctor` printed in each format. */
export interface EveryFormat {
  text: string;
  report: DoctorReport;
  sarif: SarifLog;
}

/**
 * Runs the built `dbcfg doctor …args` in text, JSON and SARIF; asserts the exit code (when given),
 * that no secret (its middle, so redacted forms may remain) appears on stdout or stderr, and that
 * the JSON and SARIF are valid.
 */
export async function doctorInEveryFormat(
  args: string[],
  options: { env: Record<string, string>; secrets: string[]; exitCode?: number; cwd?: string },
): Promise<EveryFormat> {
  requireBuiltCli();
  const out: Record<string, string> = {};
  for (const format of ["text", "json", "sarif"]) {
    const run = await runBuiltCli(["doctor", ...args, "--format", format], { env: options.env, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}) });
    if (options.exitCode !== undefined) expect(run.code, run.stderr).toBe(options.exitCode);
    for (const secret of options.secrets) expect(run.stdout + run.stderr).not.toContain(secret.slice(4, -4));
    out[format] = run.stdout;
  }
  const sarif = JSON.parse(out.sarif!) as SarifLog;
  expect(sarifErrors(sarif)).toBe("");
  return { text: out.text!, report: doctorReportSchema.parse(JSON.parse(out.json!)), sarif };
}
