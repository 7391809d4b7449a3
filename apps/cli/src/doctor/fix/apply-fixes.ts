import { chmod, realpath } from "node:fs/promises";
import { nodeFileSystem, parseConfigFile, statRegularFile, updateConfigFile, type ConfigDocument } from "@dbcfg/config-file";
import type { FixEdit, FixPlan } from "./plan-fixes.js";

/** The result of running the edits on a document: what was applied and what the edit API refused. */
export interface EditOutcome {
  applied: string[];
  refused: string[];
}

/**
 * Applies each repair (`ConfigDocument.applyGroups`, which edits a large file section by section);
 * one the `@dbcfg/config-file` API refuses is skipped (and reported), the others still apply.
 */
function applyEdits(doc: ConfigDocument, edits: readonly FixEdit[]): EditOutcome {
  const outcome: EditOutcome = { applied: [], refused: [] };
  const refusals = doc.applyGroups(edits.map((edit) => edit.edits));
  for (const [index, edit] of edits.entries()) {
    const refusal = refusals[index];
    if (refusal) outcome.refused.push(`${edit.description}: ${refusal.message}`);
    else outcome.applied.push(edit.description);
  }
  return outcome;
}

/** What the file would look like after the edits (for the diff and `--dry-run`); nothing is written. */
export function previewFixes(text: string, path: string, plan: FixPlan): { text: string; doc: ConfigDocument; outcome: EditOutcome } {
  const doc = parseConfigFile(text, { path });
  const outcome = applyEdits(doc, plan.edits);
  return { text: doc.toString(), doc, outcome };
}

/**
 * Writes the fixes through `@dbcfg/config-file` (`updateConfigFile` with `backup`: lock, re-read,
 * atomic write, the previous content kept as `<file>.bak` with mode 0600, a symlink written
 * through, the mode kept), then tightens the mode to 0600 when planned.
 */
export async function applyFixes(path: string, plan: FixPlan): Promise<EditOutcome & { target: string }> {
  let outcome: EditOutcome = { applied: [], refused: [] };
  let target = await realpath(path);
  if (plan.edits.length > 0) {
    const saved = await updateConfigFile(
      path,
      (doc) => {
        outcome = applyEdits(doc, plan.edits);
      },
      { backup: true },
    );
    target = saved.target;
  }
  if (plan.chmod) {
    // Only a regular file is ever chmodded: never a device, a FIFO or whatever the path now names.
    await statRegularFile(nodeFileSystem, target, "change the mode of");
    await chmod(target, 0o600);
  }
  return { ...outcome, target };
}
