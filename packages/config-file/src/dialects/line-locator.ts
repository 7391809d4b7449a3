import type { KeyLocation } from "./types.js";

const BOM = "\ufeff";

/**
 * Maps offsets in a text to editor lines and columns: `\n`, `\r\n` and a lone `\r` each end a
 * line, and a leading BOM takes no column. Every dialect reports locations this way, whatever
 * its own idea of a line is, so that one offset always gets one location.
 */
export class LineLocator {
  private readonly lineStarts: number[] = [0];
  private readonly hasBom: boolean;

  constructor(private readonly text: string) {
    this.hasBom = text.startsWith(BOM);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.lineStarts.push(i + 1);
    }
  }

  /** The text of 1-based line `line`, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const end = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, "");
  }

  /** Number of lines (a final line break does not start another). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  locate(offset: number): KeyLocation {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const bomShift = low === 0 && this.hasBom && offset > 0 ? 1 : 0;
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 - bomShift };
  }
}
