import { JSON_STYLE, decode, verbatim } from "../escapes.js";
import { type Lexed, type Piece, emptyLexed } from "../lexed.js";

/** A JSON token: a string (its piece) or one punctuation character. */
export type JsonToken = { type: "string"; piece: Piece } | { type: "punct"; text: string; start: number };

/**
 * Lexes JSON and JSONC (https://www.rfc-editor.org/rfc/rfc8259): strings with their escapes,
 * `//` and `/* *\/` comments. Never fails: an unterminated string ends at its line's end.
 */
export function tokenizeJson(text: string, pieces: Piece[]): JsonToken[] {
  const tokens: JsonToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      const closed = text[j] === '"';
      const end = closed ? j + 1 : j;
      const piece: Piece = { kind: "string", start: i, end, decoded: decode(text.slice(i + 1, j), i + 1, JSON_STYLE) };
      pieces.push(piece);
      tokens.push({ type: "string", piece });
      i = end;
    } else if (ch === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
      pieces.push({ kind: "comment", start: i, end, decoded: verbatim(text.slice(i + 2, end), i + 2) });
      i = end;
    } else if (ch === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      const end = close < 0 ? text.length : close + 2;
      pieces.push({ kind: "comment", start: i, end, decoded: verbatim(text.slice(i + 2, close < 0 ? end : close), i + 2) });
      i = end;
    } else {
      if ("{}[]:,".includes(ch)) tokens.push({ type: "punct", text: ch, start: i });
      i++;
    }
  }
  return tokens;
}

export function lexJson(text: string): Lexed {
  const lexed = emptyLexed();
  tokenizeJson(text, lexed.pieces);
  return lexed;
}
