import { palette, type Palette } from "../../io/color.js";
import type { DoctorReport, DoctorFinding } from "../engine/report-schema.js";
import type { Check, CheckGroup, CheckStatus } from "../engine/types.js";

const GROUP_TITLES: Record<CheckGroup, string> = {
  file: "Config file",
  profiles: "Profiles",
  environment: "Environment",
  online: "Online",
};

const SYMBOLS: Record<CheckStatus, string> = { pass: "✓", warn: "!", fail: "✗", skip: "–" };

function colourFor(status: CheckStatus, p: Palette): (s: string) => string {
  return status === "pass" ? p.green : status === "warn" ? p.yellow : status === "fail" ? p.red : p.dim;
}

/** Under a finding: its fix, its location, and any later line of a multi-line message (an SDK's error can hold a file's line break). */
const DETAIL_INDENT = "      ";

function indentLaterLines(text: string): string {
  return text.trimEnd().replace(/\r?\n/g, `\n${DETAIL_INDENT}`);
}

function renderFinding(finding: DoctorFinding, p: Palette, homeDir: string): string[] {
  const symbol = colourFor(finding.status, p)(SYMBOLS[finding.status]);
  const lines = [`  ${symbol} ${p.bold(finding.title)}${finding.prerequisite ? p.dim(" (prerequisite)") : ""}: ${indentLaterLines(finding.message)}`];
  if (finding.fix && (finding.status === "warn" || finding.status === "fail")) lines.push(`${DETAIL_INDENT}${p.dim("Fix:")} ${indentLaterLines(finding.fix)}`);
  if (finding.location && finding.status !== "pass") {
    const file = homeDir && finding.location.file.startsWith(homeDir + "/") ? "~" + finding.location.file.slice(homeDir.length) : finding.location.file;
    lines.push(`${DETAIL_INDENT}${p.dim(`at ${file}:${finding.location.line}:${finding.location.column}`)}`);
  }
  return lines;
}

/**
 * The report for people: grouped by file / profiles / environment / online, problems first-class,
 * passes and skips folded into one count per group unless `verbose`.
 */
export function renderText(report: DoctorReport, checks: readonly Check[], options: { color: boolean; verbose: boolean; homeDir: string }): string {
  const p = palette(options.color);
  const groupOf = new Map(checks.map((c) => [c.id, c.group]));
  const out = [p.bold(`dbcfg doctor — ${report.configFile}, profile [${report.profile}]`)];
  for (const group of Object.keys(GROUP_TITLES) as CheckGroup[]) {
    const findings = report.checks.filter((f) => groupOf.get(f.id) === group);
    if (findings.length === 0) continue;
    out.push("", p.bold(GROUP_TITLES[group]));
    const shown = options.verbose ? findings : findings.filter((f) => f.status === "warn" || f.status === "fail");
    for (const finding of shown) out.push(...renderFinding(finding, p, options.homeDir));
    if (!options.verbose) {
      const passed = findings.filter((f) => f.status === "pass").length;
      const skipped = findings.filter((f) => f.status === "skip").length;
      const folded = [passed > 0 ? p.green(`✓ ${passed} passed`) : "", skipped > 0 ? p.dim(`– ${skipped} skipped`) : ""].filter(Boolean);
      if (folded.length > 0) out.push(`  ${folded.join(", ")}${p.dim(" (-v lists them)")}`);
    }
  }
  const { pass, warn, fail, skip } = report.summary;
  const verdict = fail > 0 ? p.red(`✗ ${fail} failed`) : warn > 0 ? p.yellow("! no failures, but warnings") : p.green("✓ all good");
  out.push("", `${verdict} — ${pass} passed, ${warn} warning${warn === 1 ? "" : "s"}, ${fail} failed, ${skip} skipped.`);
  return out.join("\n");
}
