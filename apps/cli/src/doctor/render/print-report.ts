import { CHECKS } from "../../checks/index.js";
import type { CliContext } from "../../context.js";
import { useColor } from "../../io/color.js";
import { printJson, printLine } from "../../io/print.js";
import type { DoctorFlags } from "../engine/doctor-options.js";
import type { DoctorReport } from "../engine/report-schema.js";
import { renderSarif } from "./render-sarif.js";
import { renderText } from "./render-text.js";

/** Prints a report in the requested format; every byte goes through redaction. */
export function printReport(ctx: CliContext, report: DoctorReport, flags: Pick<DoctorFlags, "format" | "verbose">): void {
  if (flags.format === "json") printJson(ctx.stdout, report);
  else if (flags.format === "sarif") printJson(ctx.stdout, renderSarif(report, CHECKS));
  else printLine(ctx.stdout, renderText(report, CHECKS, { color: useColor(ctx), verbose: flags.verbose, homeDir: ctx.homeDir }));
}
