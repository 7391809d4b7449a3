import { diffLines } from "./line-diff.js";

const CONTEXT = 3;

/** A unified diff (`--- a`, `+++ b`, `@@` hunks with 3 lines of context) of two texts; "" when equal. */
export function unifiedDiff(before: string, after: string, path: string): string {
  if (before === after) return "";
  const ops = diffLines(before.split(/\r?\n/), after.split(/\r?\n/));
  const changed = ops.map((op, index) => (op.kind !== " " ? index : -1)).filter((index) => index >= 0);
  const hunks: Array<[number, number]> = [];
  for (const index of changed) {
    const from = Math.max(0, index - CONTEXT);
    const to = Math.min(ops.length - 1, index + CONTEXT);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1] + 1) last[1] = to;
    else hunks.push([from, to]);
  }
  const out = [`--- ${path}`, `+++ ${path} (fixed)`];
  for (const [from, to] of hunks) {
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((op) => op.kind !== "+").length;
    const bCount = slice.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${slice[0]!.a + 1},${aCount} +${slice[0]!.b + 1},${bCount} @@`);
    for (const op of slice) out.push(op.kind + op.text);
  }
  return out.join("\n");
}
