import { CHECKS } from "../checks/index.js";
import type { CliContext } from "../context.js";
import { useColor } from "../io/color.js";
import { printJson, printLine } from "../io/print.js";
import type { DoctorFlags } from "./doctor-options.js";
import { renderSarif } from "./render-sarif.js";
import { renderText } from "./render-text.js";
import type { DoctorReport } from "./report-schema.js";
import { runDoctor } from "./run-doctor.js";
import { Anonymizer } from "./anonymize-report.js";
import { markPrerequisites, selectChecks } from "./check-selection.js";
import { createSpinner } from "./spinner.js";

/** Prints a report in the requested format; every byte goes through redaction. */
export function printReport(ctx: CliContext, report: DoctorReport, flags: Pick<DoctorFlags, "format" | "verbose">): void {
  if (flags.format === "json") printJson(ctx.stdout, report);
  else if (flags.format === "sarif") printJson(ctx.stdout, renderSarif(report, CHECKS));
  else printLine(ctx.stdout, renderText(report, CHECKS, { color: useColor(ctx), verbose: flags.verbose, homeDir: ctx.homeDir }));
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
