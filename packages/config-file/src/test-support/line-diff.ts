/** Indexes of old lines that are not kept unchanged in `after` (LCS over whole lines incl. endings), and the added lines. */
export function lineDiff(before: readonly string[], after: readonly string[]): { removed: number[]; added: string[] } {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const removed: number[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      added.push(after[j++]!);
    } else {
      removed.push(i++);
    }
  }
  return { removed, added };
}

/** The document's lines with their endings, as compared by `lineDiff`. */
export function linesOf(text: { lines: readonly { raw: string; eol: string }[] }): string[] {
  return text.lines.map((l) => l.raw + l.eol);
}
