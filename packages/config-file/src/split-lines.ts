/** How one line ended in the original text; `""` only for a last line without a final newline. */
export type LineEnding = "\n" | "\r\n" | "\r" | "";

export interface RawLine {
  text: string;
  eol: LineEnding;
}

/**
 * Splits on `\r\n`, `\n` and a lone `\r`, keeping which one ended each line, so that joining
 * `text + eol` gives the input back exactly. A final newline does not open an empty last line.
 */
export function splitLines(input: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  const length = input.length;
  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    if (code === 10) {
      lines.push({ text: input.slice(start, i), eol: "\n" });
      start = i + 1;
    } else if (code === 13) {
      if (input.charCodeAt(i + 1) === 10) {
        lines.push({ text: input.slice(start, i), eol: "\r\n" });
        i++;
      } else {
        lines.push({ text: input.slice(start, i), eol: "\r" });
      }
      start = i + 1;
    }
  }
  if (start < length) lines.push({ text: input.slice(start), eol: "" });
  return lines;
}
