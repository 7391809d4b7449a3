/** Go's `unicode.IsSpace`: Latin-1 spaces plus the Unicode White_Space property. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const GO_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

export function isGoSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return GO_SPACE.test(char);
}

/** `strings.TrimLeftFunc(s, unicode.IsSpace)`. */
export function goTrimLeft(text: string): string {
  let start = 0;
  while (start < text.length && isGoSpace(text[start]!)) start++;
  return text.slice(start);
}

/** `strings.TrimSpace`. */
export function goTrim(text: string): string {
  let end = text.length;
  while (end > 0 && isGoSpace(text[end - 1]!)) end--;
  return goTrimLeft(text.slice(0, end));
}

/** `len(s)` of a Go string: its UTF-8 byte count. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

const GO_ESCAPES: Record<string, string> = {
  "\u0007": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\v": "\\v",
  '"': '\\"',
  "\\": "\\\\",
};

/** `fmt.Sprintf("%q", s)` (`strconv.Quote`) of valid UTF-8 text. */
export function goQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const escape = GO_ESCAPES[char];
    if (escape) out += escape;
    else if (GO_PRINTABLE.test(char)) out += char;
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code >= 0xd800 && code <= 0xdfff)
      out += "\ufffd"; // Buffer.from writes a lone surrogate as U+FFFD
    else if (code < 0x10000) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
