import type { CliContext } from "../../context.js";
import { printLine } from "../../io/print.js";
import { loadDoctorInput } from "../input/doctor-input.js";
import type { DoctorFlags } from "../engine/doctor-options.js";
import { applyFixes, previewFixes } from "./apply-fixes.js";
import { planFixes } from "./plan-fixes.js";
import { unifiedDiff } from "./unified-diff.js";
import { maskSecretLines } from "./mask-secret-lines.js";

/**
 * `--fix [--dry-run]`: plans the safe local fixes, prints the unified diff (stdout for text,
 * stderr for json/sarif so machine output stays clean) and, unless dry-run, applies them.
 * Returns whether anything changed.
 */
export async function runFix(ctx: CliContext, flags: Pick<DoctorFlags, "format" | "dryRun" | "profile" | "allProfiles">): Promise<boolean> {
  const sink = flags.format === "text" ? ctx.stdout : ctx.stderr;
  const input = await loadDoctorInput(ctx, { ...(flags.profile !== undefined ? { profile: flags.profile } : {}), allProfiles: flags.allProfiles });
  const plan = planFixes(input);
  const path = input.configPath.path;
  const before = input.doc.toString();
  const preview = previewFixes(before, path, plan);
  const mode = input.file.kind === "file" ? input.file.mode.toString(8).padStart(4, "0") : "?";
  if (preview.outcome.applied.length === 0 && !plan.chmod) {
    printLine(sink, "dbcfg doctor --fix: nothing to fix safely.");
    for (const refused of preview.outcome.refused) printLine(sink, `  not fixed: ${refused}`);
    return false;
  }
  // Masked before diffing: printing redacts what looks like a token, not the half of a wrapped one.
  const diff = unifiedDiff(maskSecretLines(input.doc), maskSecretLines(preview.doc), path);
  if (diff !== "") printLine(sink, diff);
  if (plan.chmod) printLine(sink, `mode ${mode} → 0600 ${path}`);
  const count = preview.outcome.applied.length + (plan.chmod ? 1 : 0);
  if (flags.dryRun) {
    printLine(sink, `Dry run: ${count} change${count === 1 ? "" : "s"} not applied. Run without --dry-run to apply.`);
    return false;
  }
  const result = await applyFixes(path, plan);
  const changes = [...(plan.chmod ? [`mode ${mode} → 0600`] : []), ...result.applied];
  printLine(sink, `Fixed ${changes.length} thing${changes.length === 1 ? "" : "s"} in ${result.target}:\n${changes.map((c) => `  - ${c}`).join("\n")}`);
  for (const refused of result.refused) printLine(sink, `  not fixed: ${refused}`);
  if (result.applied.length > 0) printLine(sink, `The previous content is in ${result.target}.bak (mode 0600); delete it once you are happy.`);
  return true;
}
