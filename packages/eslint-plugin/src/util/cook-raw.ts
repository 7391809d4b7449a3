/** The cooked value of a literal's raw text and, for each cooked UTF-16 unit, where it starts in the raw text. */
export interface CookedText {
  cooked: string;
  /** `offsets[i]` is the raw offset of cooked unit `i`; `offsets[cooked.length]` is the raw length. */
  offsets: number[];
}

const SINGLE_ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/**
 * Interprets the escape sequences of a string literal's or template quasi's raw text (without
 * its delimiters), keeping track of raw offsets so that a token found in the cooked value can be
 * located in the source. Returns null on text the parser would not have accepted.
 */
export function cookRaw(raw: string, mode: "string" | "template"): CookedText | null {
  let cooked = "";
  const offsets: number[] = [];
  let i = 0;
  const emit = (text: string, at: number) => {
    cooked += text;
    for (let k = 0; k < text.length; k++) offsets.push(at);
  };
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === "\r" && mode === "template") {
      emit("\n", i);
      i += raw[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (ch !== "\\") {
      emit(ch, i);
      i++;
      continue;
    }
    const start = i;
    const next = raw[i + 1];
    if (next === undefined) return null;
    if (next === "\n" || next === "\u2028" || next === "\u2029") {
      i += 2;
    } else if (next === "\r") {
      i += raw[i + 2] === "\n" ? 3 : 2;
    } else if (next === "x") {
      const hex = raw.slice(i + 2, i + 4);
      if (hex.length !== 2 || !HEX_DIGITS.test(hex)) return null;
      emit(String.fromCharCode(parseInt(hex, 16)), start);
      i += 4;
    } else if (next === "u") {
      const unicode = readUnicodeEscape(raw, i + 2);
      if (!unicode) return null;
      emit(String.fromCodePoint(unicode.codePoint), start);
      i = unicode.end;
    } else if (next >= "0" && next <= "7") {
      const octal = /^[0-3][0-7]{0,2}|^[4-7][0-7]?/.exec(raw.slice(i + 1, i + 4))![0];
      if (mode === "template" && octal !== "0") return null;
      if (mode === "template" && /[0-9]/.test(raw[i + 2] ?? "")) return null;
      emit(String.fromCharCode(parseInt(octal, 8)), start);
      i += 1 + octal.length;
    } else {
      emit(SINGLE_ESCAPES[next] ?? next, start);
      i += 2;
    }
  }
  offsets.push(raw.length);
  return { cooked, offsets };
}

function readUnicodeEscape(raw: string, from: number): { codePoint: number; end: number } | null {
  if (raw[from] === "{") {
    const close = raw.indexOf("}", from);
    const hex = raw.slice(from + 1, close);
    if (close < 0 || !HEX_DIGITS.test(hex)) return null;
    const codePoint = parseInt(hex, 16);
    return codePoint > 0x10ffff ? null : { codePoint, end: close + 1 };
  }
  const hex = raw.slice(from, from + 4);
  if (hex.length !== 4 || !HEX_DIGITS.test(hex)) return null;
  return { codePoint: parseInt(hex, 16), end: from + 4 };
}
