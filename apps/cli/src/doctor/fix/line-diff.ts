/** One line of a diff: kept (" "), removed ("-") or added ("+"), with its 0-based index in each text. */
export interface LineOp {
  kind: " " | "-" | "+";
  text: string;
  /** Index in the old lines (for an added line: where it goes). */
  a: number;
  /** Index in the new lines (for a removed line: where it was). */
  b: number;
}

/** Regions of at most this many cells (old lines × new lines) get an exact, minimal LCS diff. */
const MAX_LCS_CELLS = 1 << 20;

type Task = { kind: "region"; aLo: number; aHi: number; bLo: number; bHi: number } | { kind: "keep"; a: number; b: number; count: number };

/**
 * The line operations that turn `a` into `b`. Common head and tail are kept; what is left gets an
 * exact (minimal) LCS diff when it is small, as any real config file is. A large region (a `--fix`
 * of a 100,000-profile file changes thousands of lines; an n × m table would not fit in memory) is
 * split at the lines that occur exactly once in both sides, taken in the longest increasing order
 * ("patience diff", as `git diff --patience`), and each piece is diffed the same way; a large
 * region without such lines is replaced whole. Work is a stack of tasks, not recursion, so no
 * input runs out of stack.
 */
export function diffLines(a: readonly string[], b: readonly string[]): LineOp[] {
  const ops: LineOp[] = [];
  const tasks: Task[] = [{ kind: "region", aLo: 0, aHi: a.length, bLo: 0, bHi: b.length }];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if (task.kind === "keep") {
      for (let k = 0; k < task.count; k++) ops.push({ kind: " ", text: a[task.a + k]!, a: task.a + k, b: task.b + k });
      continue;
    }
    let { aLo, aHi, bLo, bHi } = task;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) ops.push({ kind: " ", text: a[aLo]!, a: aLo++, b: bLo++ });
    let tail = 0;
    while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
      aHi--;
      bHi--;
      tail++;
    }
    // Pushed first, so it runs after everything this region adds.
    if (tail > 0) tasks.push({ kind: "keep", a: aHi, b: bHi, count: tail });
    if (aLo === aHi || bLo === bHi) {
      replaceWhole(ops, a, b, aLo, aHi, bLo, bHi);
      continue;
    }
    if ((aHi - aLo) * (bHi - bLo) <= MAX_LCS_CELLS) {
      exactDiff(ops, a, b, aLo, aHi, bLo, bHi);
      continue;
    }
    const anchors = uniqueAnchors(a, b, aLo, aHi, bLo, bHi);
    if (anchors.length === 0) {
      replaceWhole(ops, a, b, aLo, aHi, bLo, bHi);
      continue;
    }
    // Regions between anchors, then the anchors, in reverse so the stack runs them in order.
    const pieces: Task[] = [];
    let [prevA, prevB] = [aLo, bLo];
    for (const [anchorA, anchorB] of anchors) {
      pieces.push({ kind: "region", aLo: prevA, aHi: anchorA, bLo: prevB, bHi: anchorB }, { kind: "keep", a: anchorA, b: anchorB, count: 1 });
      [prevA, prevB] = [anchorA + 1, anchorB + 1];
    }
    pieces.push({ kind: "region", aLo: prevA, aHi, bLo: prevB, bHi });
    for (let k = pieces.length - 1; k >= 0; k--) tasks.push(pieces[k]!);
  }
  return ops;
}

function replaceWhole(ops: LineOp[], a: readonly string[], b: readonly string[], aLo: number, aHi: number, bLo: number, bHi: number): void {
  for (let i = aLo; i < aHi; i++) ops.push({ kind: "-", text: a[i]!, a: i, b: bLo });
  for (let j = bLo; j < bHi; j++) ops.push({ kind: "+", text: b[j]!, a: aHi, b: j });
}

/**
 * The pairs (index in `a`, index in `b`) of lines that occur exactly once in each region, longest
 * run increasing in both (patience sorting, O(k log k)).
 */
function uniqueAnchors(a: readonly string[], b: readonly string[], aLo: number, aHi: number, bLo: number, bHi: number): Array<[number, number]> {
  const inA = new Map<string, number>();
  for (let i = aLo; i < aHi; i++) inA.set(a[i]!, inA.has(a[i]!) ? -1 : i);
  const inB = new Map<string, number>();
  for (let j = bLo; j < bHi; j++) if (inA.get(b[j]!) !== undefined && inA.get(b[j]!)! >= 0) inB.set(b[j]!, inB.has(b[j]!) ? -1 : j);
  const pairs: Array<[number, number]> = [];
  for (let i = aLo; i < aHi; i++) {
    const j = inA.get(a[i]!) === i ? inB.get(a[i]!) : undefined;
    if (j !== undefined && j >= 0) pairs.push([i, j]);
  }
  // Longest increasing subsequence of the b indices (the a indices already increase).
  const tops: number[] = [];
  const previous = new Array<number>(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    let [low, high] = [0, tops.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tops[mid]!]![1] < pairs[k]![1]) low = mid + 1;
      else high = mid;
    }
    previous[k] = low > 0 ? tops[low - 1]! : -1;
    tops[low] = k;
  }
  const chain: Array<[number, number]> = [];
  for (let k = tops.length > 0 ? tops[tops.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

/** A minimal diff of a small region by longest common subsequence. */
function exactDiff(ops: LineOp[], a: readonly string[], b: readonly string[], aLo: number, aHi: number, bLo: number, bHi: number): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * width + j] = a[aLo + i] === b[bLo + j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  let [i, j] = [0, 0];
  while (i < n || j < m) {
    if (i < n && j < m && a[aLo + i] === b[bLo + j]) ops.push({ kind: " ", text: a[aLo + i]!, a: aLo + i++, b: bLo + j++ });
    else if (i < n && (j === m || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) ops.push({ kind: "-", text: a[aLo + i]!, a: aLo + i++, b: bLo + j });
    else ops.push({ kind: "+", text: b[bLo + j]!, a: aLo + i, b: bLo + j++ });
  }
}
