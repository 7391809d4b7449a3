/** The line breaks ESLint counts (https://eslint.org/docs/latest/extend/custom-rules#contextsourcecode: `SourceCode#lines`). */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Converts UTF-16 offsets of a text to 1-based lines and columns and back, as ESLint counts them. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const match of text.matchAll(LINE_BREAK)) this.starts.push(match.index + match[0].length);
  }

  /** 1-based line and column of `offset`. */
  locate(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The offset of a 1-based line and column (clamped to the text). */
  offsetOf(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
    return start + Math.max(column, 1) - 1;
  }
}
