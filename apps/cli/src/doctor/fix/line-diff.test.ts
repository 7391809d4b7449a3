import { describe, expect, it } from "vitest";
import { diffLines, type LineOp } from "./line-diff.js";

/** Checks that `ops` is a diff of `a` into `b`: kept and removed lines walk `a` in order, kept and added lines walk `b`, and the indices say where. */
function expectValidDiff(a: string[], b: string[], ops: LineOp[]): void {
  let [i, j] = [0, 0];
  for (const op of ops) {
    expect([op.a, op.b]).toEqual([i, j]);
    if (op.kind !== "+") expect(op.text).toBe(a[i++]);
    if (op.kind !== "-") expect(op.text).toBe(b[j++]);
  }
  expect([i, j]).toEqual([a.length, b.length]);
}

function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    let diagonal = 0;
    for (let j = b.length - 1; j >= 0; j--) {
      const below = row[j]!;
      row[j] = a[i] === b[j] ? diagonal + 1 : Math.max(below, row[j + 1]!);
      diagonal = below;
    }
  }
  return row[0]!;
}

let seed = 11;
const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;

describe("diffLines", () => {
  it("gives a valid and minimal diff of small random texts (as an exact LCS would)", () => {
    for (let round = 0; round < 400; round++) {
      const alphabet = ["x", "y", "z", "w", "[p]", "host = h", ""];
      const a = Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]!);
      const b = random(2) === 0 ? Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]!) : a.filter(() => random(4) > 0);
      const ops = diffLines(a, b);
      expectValidDiff(a, b, ops);
      expect(ops.filter((op) => op.kind === " ").length, JSON.stringify({ a, b })).toBe(lcsLength(a, b));
    }
  });

  it("keeps every unchanged line of a fix that edits thousands of places in a 100,000-line file", () => {
    const a: string[] = [];
    for (let p = 0; p < 25_000; p++) a.push(`[p${p}]`, `host = https://dbc-${p}.cloud.databricks.com`, `token = t${p}`, "");
    const b = a.flatMap((line, index) =>
      index % 40 === 2 ? [] : index % 40 === 6 ? [line.replace("t", "T")] : index % 40 === 9 ? [line, "auth_type = pat"] : [line],
    );
    const ops = diffLines(a, b);
    expectValidDiff(a, b, ops);
    const changed = ops.filter((op) => op.kind !== " ").length;
    expect(changed).toBe(2_500 + 2 * 2_500 + 2_500);
  });

  it("replaces a large region that has no line in common whole, without an n × m table", () => {
    const a = Array.from({ length: 3_000 }, (_, k) => `same ${k % 2}`);
    const b = Array.from({ length: 3_000 }, (_, k) => `other ${k % 2}`);
    const ops = diffLines(a, b);
    expectValidDiff(a, b, ops);
    expect(ops.map((op) => op.kind).join("")).toBe("-".repeat(3_000) + "+".repeat(3_000));
  });
});
