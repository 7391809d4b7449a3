/** Python's `str.isspace()` (and `\s` of `re` on str patterns). */
// eslint-disable-next-line no-control-regex -- isspace() counts the separators \x1c-\x1f as whitespace
const PY_SPACE = /[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Characters `str.isprintable()` rejects: Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space. */
const PY_UNPRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPySpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  return PY_SPACE.test(char);
}

/** `s.rstrip()`. */
export function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPySpace(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `s.strip()`. */
export function pyStrip(text: string): string {
  let start = 0;
  while (start < text.length && isPySpace(text[start]!)) start++;
  return pyRstrip(text.slice(start));
}

/** Index of the first character that is not whitespace (`NONSPACECRE.search`), or -1. */
export function pyFirstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isPySpace(text[i]!)) return i;
  return -1;
}

const PY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** `repr(s)` of a Python str. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote) out += `\\${char}`;
    else if (PY_ESCAPES[char]) out += PY_ESCAPES[char];
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f) out += char;
    else if (!PY_UNPRINTABLE.test(char) || char === " ") out += char;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

/** `"%2d" % n`. */
export function pyWidth2(n: number): string {
  return String(n).padStart(2, " ");
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
