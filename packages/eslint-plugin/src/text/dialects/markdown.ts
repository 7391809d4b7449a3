import { verbatim } from "../escapes.js";
import type { Lexed } from "../lexed.js";
import { emptyLexed } from "../lexed.js";
import { embed } from "./embed.js";

/** Lexes the code of a fence by its info string's first word (null: read the fence as prose). */
export type FenceLexer = (info: string, code: string) => Lexed | null;

const FENCE = /^( {0,3})(`{3,}|~{3,})([^\n`]*)$/;

/**
 * Lexes Markdown (https://spec.commonmark.org/0.31.2/#fenced-code-blocks): prose between fences
 * as prose (tokens in it are literal), and each fenced block's code with the lexer of its
 * language, positions mapped back into the file.
 */
export function lexMarkdown(text: string, lexFence: FenceLexer): Lexed {
  const lexed = emptyLexed();
  let proseFrom = 0;
  let offset = 0;
  let fence: { marker: string; info: string; codeFrom: number; openFrom: number } | null = null;
  const prose = (to: number) => {
    if (to > proseFrom) lexed.pieces.push({ kind: "prose", start: proseFrom, end: to, decoded: verbatim(text.slice(proseFrom, to), proseFrom) });
  };
  while (offset <= text.length) {
    const newline = text.indexOf("\n", offset);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(offset, end).replace(/\r$/, "");
    const match = FENCE.exec(line);
    if (!fence && match && !(match[2]!.startsWith("`") && match[3]!.includes("`"))) {
      prose(offset);
      fence = { marker: match[2]!, info: match[3]!.trim().split(/\s+/)[0]!.toLowerCase(), codeFrom: newline < 0 ? end : end + 1, openFrom: offset };
    } else if (fence && match && match[2]!.startsWith(fence.marker) && match[3]!.trim() === "") {
      closeFence(text, lexed, fence, offset, lexFence);
      fence = null;
      proseFrom = newline < 0 ? end : end + 1;
    }
    if (newline < 0) break;
    offset = newline + 1;
  }
  if (fence) closeFence(text, lexed, fence, text.length, lexFence);
  else prose(text.length);
  return lexed;
}

function closeFence(text: string, lexed: Lexed, fence: { info: string; codeFrom: number }, codeTo: number, lexFence: FenceLexer): void {
  const from = Math.min(fence.codeFrom, codeTo);
  const code = text.slice(from, codeTo);
  const inner = lexFence(fence.info, code);
  if (!inner) {
    lexed.pieces.push({ kind: "prose", start: from, end: codeTo, decoded: verbatim(code, from) });
    return;
  }
  const map = Array.from({ length: code.length + 1 }, (_, i) => from + i);
  embed(lexed, inner, map, null);
}
