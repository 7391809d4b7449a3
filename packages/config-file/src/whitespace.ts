// One notion of "space" for the line model: ASCII blanks plus the Unicode spaces and the BOM that
// `String.prototype.trim` removes (the dialect readers model each SDK's own rules exactly).
const SPACE = /\s/;

export function isSpaceCode(code: number): boolean {
  if (code === 32 || code === 9) return true;
  if (code < 128) return code === 11 || code === 12 || code === 10 || code === 13;
  return SPACE.test(String.fromCharCode(code));
}

/** Index of the first non-space character at or after `from`, or `text.length`. */
export function skipSpaces(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last non-space character before `end`, or `start`. */
export function trimEndIndex(text: string, start: number, end = text.length): number {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
