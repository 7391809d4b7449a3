import { VERSION } from "../../version.js";
import type { DoctorInput } from "../input/doctor-input.js";
import type { DoctorReport } from "./report-schema.js";
import { DOCTOR_SCHEMA_VERSION } from "./schema-version.js";
import type { Finding } from "./types.js";

/** The one report object that the text, JSON and SARIF renderers all start from. */
export function buildReport(findings: readonly Finding[], input: DoctorInput): DoctorReport {
  const summary = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const finding of findings) summary[finding.status] += 1;
  return {
    schemaVersion: DOCTOR_SCHEMA_VERSION,
    tool: "dbcfg",
    version: VERSION,
    configFile: input.configPath.path,
    profile: input.selection.name,
    // The findings are the runner's own, made for this report; a large file has hundreds of
    // thousands, so they are not copied again.
    checks: [...findings],
    summary,
  };
}

/** Exit code per DESIGN.md: 1 when something failed, or warned under `--fail-on warn`. */
export function exitCodeFor(report: DoctorReport, failOn: "warn" | "fail"): number {
  if (report.summary.fail > 0) return 1;
  if (failOn === "warn" && report.summary.warn > 0) return 1;
  return 0;
}
