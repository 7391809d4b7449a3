import { UsageError } from "../../cli/command.js";
import { nearestName } from "../../cli/nearest-name.js";
import type { DoctorReport } from "./report-schema.js";
import type { Check } from "./types.js";

/** Which checks a run executes, and which of them run only because a chosen check needs them. */
export interface CheckSelection {
  checks: Check[];
  /** Ids that were not asked for (or were `--skip`ped) but that a chosen check requires. */
  prerequisites: Set<string>;
}

/**
 * `--check ID` (only these) and `--skip ID` (all but these), both repeatable and comma-separable.
 * A chosen check's prerequisites still run, transitively, and are reported as prerequisites, so a
 * check never runs without what it depends on. Unknown ids are usage errors with a suggestion.
 */
export function selectChecks(all: readonly Check[], requested: { check: readonly string[]; skip: readonly string[] }): CheckSelection {
  const byId = new Map(all.map((check) => [check.id, check]));
  const known = (flag: string) => (id: string) => {
    if (byId.has(id)) return id;
    const suggestion = nearestName(id, byId.keys());
    throw new UsageError(
      `--${flag}: no check is called "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; dbcfg doctor --list-checks lists them.`,
    );
  };
  const only = new Set(requested.check.map(known("check")));
  const skipped = new Set(requested.skip.map(known("skip")));
  const chosen = new Set(all.map((check) => check.id).filter((id) => (only.size === 0 || only.has(id)) && !skipped.has(id)));
  if (chosen.size === 0) throw new UsageError("--check and --skip leave no check to run.");
  const prerequisites = new Set<string>();
  const visit = (id: string) => {
    for (const required of byId.get(id)!.requires) {
      if (!chosen.has(required) && !prerequisites.has(required)) {
        prerequisites.add(required);
        visit(required);
      }
    }
  };
  for (const id of chosen) visit(id);
  return { checks: all.filter((check) => chosen.has(check.id) || prerequisites.has(check.id)), prerequisites };
}

/** The report with every finding of a prerequisite-only check marked `prerequisite: true`. */
export function markPrerequisites(report: DoctorReport, prerequisites: ReadonlySet<string>): DoctorReport {
  if (prerequisites.size === 0) return report;
  return { ...report, checks: report.checks.map((finding) => (prerequisites.has(finding.id) ? { ...finding, prerequisite: true as const } : finding)) };
}
