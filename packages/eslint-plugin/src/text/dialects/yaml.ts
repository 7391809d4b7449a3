import { type Decoded, YAML_DOUBLE, decode, undouble, verbatim } from "../escapes.js";
import { type Lexed, type Piece, emptyLexed, group, pieceOperand } from "../lexed.js";

const PREFIX = /^(\s*)((?:-\s+)*)(?:((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},:][^#:]*?|[^\s#'"{[\]},][^#]*?))\s*:(?=\s|$)\s*)?((?:[!&][^\s]*\s+)*)/;
const LINE = /[^\n]*(?:\n|$)/g;

/**
 * Lexes YAML line by line (https://yaml.org/spec/1.2.2/): plain, single-quoted (`''`) and
 * double-quoted scalars (escapes, and `\` line continuations that join lines), block scalars
 * (`|`, `>`) one line at a time, flow collections as text, and `#` comments. Never fails on
 * broken YAML: each line is read for what it can hold.
 */
export function lexYaml(text: string): Lexed {
  const lexed = emptyLexed();
  const lines: { start: number; text: string }[] = [];
  for (const match of text.matchAll(LINE)) {
    if (match.index! >= text.length && match[0] === "") break;
    lines.push({ start: match.index!, text: match[0].replace(/\r?\n$/, "") });
  }
  let blockParent = -1;
  for (let n = 0; n < lines.length; n++) {
    const { start, text: line } = lines[n]!;
    const indent = /^\s*/.exec(line)![0].length;
    if (blockParent >= 0) {
      if (line.trim() === "" || indent > blockParent) {
        if (line.trim() !== "") {
          lexed.pieces.push({ kind: "string", start: start + indent, end: start + line.length, decoded: verbatim(line.slice(indent), start + indent) });
        }
        continue;
      }
      blockParent = -1;
    }
    const prefix = PREFIX.exec(line)!;
    if (prefix[3]) pushQuotedKey(prefix[3], start + prefix[1]!.length + prefix[2]!.length, lexed.pieces);
    const at = prefix[0].length;
    const rest = line.slice(at);
    if (rest.startsWith("#")) {
      lexed.pieces.push({ kind: "comment", start: start + at, end: start + line.length, decoded: verbatim(rest.slice(1), start + at + 1) });
      continue;
    }
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const end = readQuoted(text, start + at, lexed);
      const after = end;
      const lineEnd = lines.findIndex((l) => l.start <= after && after <= l.start + l.text.length);
      if (lineEnd > n) n = lineEnd;
      const tail = text.slice(after, (lines[n]?.start ?? 0) + (lines[n]?.text.length ?? 0));
      const comment = /\s#/.exec(tail);
      if (comment) pushComment(lexed.pieces, after + comment.index + 1, (lines[n]?.start ?? 0) + (lines[n]?.text.length ?? 0), text);
      continue;
    }
    if (/^[|>][-+0-9]*\s*(?:#.*)?$/.test(rest)) {
      blockParent = indent;
      continue;
    }
    if (rest.startsWith("[") || rest.startsWith("{")) {
      for (const quoted of rest.matchAll(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g)) readQuoted(text, start + at + quoted.index!, lexed);
      lexed.pieces.push({ kind: "prose", start: start + at, end: start + line.length, decoded: verbatim(rest, start + at) });
      continue;
    }
    const comment = /(^|\s)#/.exec(rest);
    const valueText = (comment ? rest.slice(0, comment.index) : rest).trimEnd();
    if (valueText && !/^(?:---|\.\.\.)$/.test(valueText) && !(at === 0 && valueText.startsWith("%"))) {
      lexed.pieces.push({ kind: "string", start: start + at, end: start + at + valueText.length, decoded: verbatim(valueText, start + at) });
    }
    if (comment) pushComment(lexed.pieces, start + at + comment.index + comment[1]!.length, start + line.length, text);
  }
  return lexed;
}

function pushComment(pieces: Piece[], hash: number, end: number, text: string): void {
  pieces.push({ kind: "comment", start: hash, end, decoded: verbatim(text.slice(hash + 1, end), hash + 1) });
}

function pushQuotedKey(key: string, at: number, pieces: Piece[]): void {
  if (key.startsWith('"') || key.startsWith("'")) pieces.push(quotedPiece(key, at));
  else pieces.push({ kind: "string", start: at, end: at + key.length, decoded: verbatim(key, at) });
}

/**
 * Reads the quoted scalar opening at `start` (it may span lines); returns where it ends. A
 * double-quoted scalar whose lines end in `\` is one piece per line plus a group joining them
 * with nothing between: YAML 1.2.2 §7.3.1 (escaped line breaks join lines with no space), unlike
 * a bare line break there, which folds to a space (§6.5, §7.3.1), as in plain (§7.3.3) and
 * folded block scalars (§8.1.3), where a token split across lines is no token.
 */
function readQuoted(text: string, start: number, lexed: Lexed): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    if (quote === '"' && text[i] === "\\") i += 2;
    else if (quote === "'" && text[i] === "'" && text[i + 1] === "'") i += 2;
    else if (text[i] === quote) break;
    else i++;
  }
  const end = Math.min(i + 1, text.length);
  const source = text.slice(start, end);
  const lines = quote === '"' ? splitContinuations(source, start) : [];
  if (lines.length < 2) {
    lexed.pieces.push(quotedPiece(source, start));
    return end;
  }
  // Pieces cover the value text (so a finding starts where the token does); the group, which a
  // suggestion replaces, covers the quotes too.
  const closed = source.length > 1 && source.endsWith(quote);
  lines[0]!.from = start + 1;
  if (closed) lines[lines.length - 1]!.to = end - 1;
  const pieces: Piece[] = lines.map(({ from, to }) => ({ kind: "string", start: from, end: to, decoded: decodeDouble(text.slice(from, to), from) }));
  lexed.pieces.push(...pieces);
  lexed.groups.push({ ...group(pieces.map(pieceOperand)), start, end });
  return end;
}

/** The stretches of a double-quoted scalar between its `\`-newline continuations (indentation after one skipped). */
function splitContinuations(source: string, at: number): { from: number; to: number }[] {
  const parts: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 1; i < source.length; i++) {
    if (source[i] !== "\\") continue;
    const continuation = /^\\\r?\n[ \t]*/.exec(source.slice(i));
    if (continuation) {
      parts.push({ from: at + from, to: at + i });
      from = i + continuation[0].length;
      i = from - 1;
    } else i++;
  }
  parts.push({ from: at + from, to: at + source.length });
  return parts;
}

function quotedPiece(source: string, start: number): Piece {
  const quote = source[0]!;
  const closed = source.length > 1 && source.endsWith(quote);
  const body = source.slice(1, closed ? -1 : undefined);
  const decoded = quote === "'" ? undouble(body, start + 1, "'") : decodeDouble(body, start + 1);
  return { kind: "string", start, end: start + source.length, decoded };
}

/** Double-quoted: escapes, and a `\` at a line end joins the next line without its indentation. */
function decodeDouble(body: string, at: number): Decoded {
  const CONTINUATION = /\\\r?\n[ \t]*/g;
  let value = "";
  const offsets: number[] = [];
  let from = 0;
  const add = (to: number) => {
    const part = decode(body.slice(from, to), at + from, YAML_DOUBLE);
    value += part.value;
    offsets.push(...part.offsets.slice(0, -1));
  };
  for (const match of body.matchAll(CONTINUATION)) {
    add(match.index!);
    from = match.index! + match[0].length;
  }
  add(body.length);
  offsets.push(at + body.length);
  return { value, offsets };
}
