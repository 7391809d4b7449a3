import { findPats } from "@dbcfg/pat";
import { cookRaw } from "./cook-raw.js";

/** A token in one literal: its source range, or null when only the literal as a whole can be blamed. */
export interface LiteralFinding {
  token: string;
  range: [number, number] | null;
  /** Only the cooked value holds the token (`\x64api…`, `&#100;api…`): the source text does not. */
  escaped: boolean;
}

/**
 * How a literal's raw text becomes its value: JavaScript string escapes, template escapes (and
 * line-ending normalisation), or verbatim (comments, regex sources, JSX text and attributes, whose
 * only transformation is HTML entities).
 */
export type LiteralMode = "string" | "template" | "verbatim";

/**
 * Every PAT in a literal's value, located in the source: `rawText` is the literal's source text
 * without delimiters, starting at offset `rawStart`. A token whose source text differs from its
 * value was written with escapes.
 */
export function findPatsInLiteral(cooked: string | null, rawText: string, rawStart: number, mode: LiteralMode): LiteralFinding[] {
  const value = cooked ?? rawText;
  const matches = findPats(value);
  if (matches.length === 0) return [];
  if (value === rawText) {
    return matches.map((m) => ({ token: m.token, range: [rawStart + m.index, rawStart + m.index + m.length], escaped: false }));
  }
  const mapped = mode === "verbatim" ? null : cookRaw(rawText, mode);
  if (mapped && mapped.cooked === value) {
    return matches.map((m) => {
      const start = mapped.offsets[m.index]!;
      const end = mapped.offsets[m.index + m.length]!;
      return { token: m.token, range: [rawStart + start, rawStart + end], escaped: rawText.slice(start, end) !== m.token };
    });
  }
  let cursor = 0;
  return matches.map((m) => {
    const at = rawText.indexOf(m.token, cursor);
    if (at < 0) return { token: m.token, range: null, escaped: true };
    cursor = at + m.length;
    return { token: m.token, range: [rawStart + at, rawStart + at + m.length], escaped: false };
  });
}
