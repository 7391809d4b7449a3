import { CHECKS } from "../../checks/index.js";
import { Anonymizer } from "../render/anonymize-report.js";
import { markPrerequisites, selectChecks } from "./check-selection.js";
import type { CliContext } from "../../context.js";
import { createSpinner } from "../render/spinner.js";
import type { DoctorFlags } from "./doctor-options.js";
import { buildReport } from "./build-report.js";
import { loadDoctorInput, type DoctorInput } from "../input/doctor-input.js";
import type { DoctorReport } from "./report-schema.js";
import { runChecks, type RunOptions } from "./runner.js";
import type { Check } from "./types.js";

/** Default per-check timeout (ms): bounded like `databricks auth profiles` (5 s per profile). */
export const DEFAULT_TIMEOUT_MS = 5000;

/** Options of {@link runDoctor}. */
export interface DoctorOptions {
  profile?: string;
  allProfiles?: boolean;
  offline?: boolean;
  timeoutMs?: number;
  /** Defaults to every registered check. */
  checks?: readonly Check[];
  onProgress?: RunOptions["onProgress"];
}

/** What one doctor run produced: the report (for every renderer) and the input it examined. */
export interface DoctorRun {
  report: DoctorReport;
  input: DoctorInput;
}

/**
 * Runs the doctor against the machine described by `cli` (env, home folder, fetch, clock) and
 * returns the report; it never prints. Every check runs, crashing checks included (as `fail`).
 */
export async function runDoctor(cli: CliContext, options: DoctorOptions = {}): Promise<DoctorRun> {
  const input = await loadDoctorInput(cli, {
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    allProfiles: options.allProfiles ?? false,
  });
  const findings = await runChecks(options.checks ?? CHECKS, input, cli, {
    offline: options.offline ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { report: buildReport(findings, input), input };
}

/** Runs the doctor for `flags` on `ctx`, with a spinner for online checks when stderr is a TTY. */
export async function diagnose(ctx: CliContext, flags: Omit<DoctorFlags, "profile"> & { profile?: string | undefined }): Promise<DoctorReport> {
  const spinner = flags.format === "text" && !flags.offline && ctx.stderr.isTTY ? createSpinner(ctx.stderr) : undefined;
  try {
    const selection = selectChecks(CHECKS, flags);
    const { report, input } = await runDoctor(ctx, {
      checks: selection.checks,
      ...(flags.profile !== undefined ? { profile: flags.profile } : {}),
      allProfiles: flags.allProfiles,
      offline: flags.offline,
      ...(flags.timeoutMs !== undefined ? { timeoutMs: flags.timeoutMs } : {}),
      ...(spinner ? { onProgress: spinner.onProgress } : {}),
    });
    const marked = markPrerequisites(report, selection.prerequisites);
    return flags.anonymize ? new Anonymizer(input, ctx.homeDir).report(marked) : marked;
  } finally {
    spinner?.stop();
  }
}
