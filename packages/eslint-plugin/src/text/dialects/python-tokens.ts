import { type Decoded, PYTHON, decode, verbatim } from "../escapes.js";
import type { Operand, Piece } from "../lexed.js";

/** A Python token, as far as folding strings needs: strings (with their operands), names, operators. */
export interface PyToken {
  type: "string" | "name" | "op" | "newline";
  start: number;
  end: number;
  text: string;
  /** For a string: its operands (one piece, or an f-string's parts and `{name}` fields). */
  operands: Operand[] | undefined;
  /** Column of the first token of the logical line this token starts, or -1 when it starts none. */
  indent: number;
}

const STRING_START = /[rRbBuUfF]{0,2}(?:'''|"""|'|")/y;
const PREFIX_LETTERS = new Set([..."rRbBuUfF"]);
const SIMPLE_NAME = /^\s*([A-Za-z_]\w*)\s*(?:=\s*)?(?:![rsa])?\s*$/;

/**
 * Tokenizes Python source (https://docs.python.org/3/reference/lexical_analysis.html): strings
 * with every prefix and quote form, comments (collected as pieces), names, operators and
 * logical-line ends. Never fails: an unterminated string runs to the end of its line (or of the
 * file, if triple-quoted).
 */
export function tokenizePython(text: string, pieces: Piece[]): PyToken[] {
  const tokens: PyToken[] = [];
  let depth = 0;
  let lineStart = true;
  let column = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (depth === 0 && !lineStart) tokens.push({ type: "newline", start: i, end: i + 1, text: "\n", operands: undefined, indent: -1 });
      if (depth === 0) lineStart = true;
      column = 0;
      i++;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\f") {
      if (ch !== "\r") column++;
      i++;
      continue;
    }
    if (ch === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
      i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (ch === "#") {
      const end = lineEnd(text, i);
      pieces.push({ kind: "comment", start: i, end, decoded: verbatim(text.slice(i + 1, end), i + 1) });
      i = end;
      continue;
    }
    const indent = lineStart ? column : -1;
    lineStart = false;
    const quoteOrPrefix = ch === '"' || ch === "'" || PREFIX_LETTERS.has(ch);
    STRING_START.lastIndex = i;
    const opening = quoteOrPrefix ? STRING_START.exec(text) : null;
    if (opening) {
      const token = readString(text, i, opening[0], pieces, indent);
      tokens.push(token);
      i = token.end;
      continue;
    }
    // A name or a number: a run of word characters (a number may hold dots: `1.5e3`).
    const code = text.charCodeAt(i);
    if (isWordCode(code) || (code === 46 && isDigitCode(text.charCodeAt(i + 1)))) {
      let end = i + 1;
      const number = code === 46 || isDigitCode(code);
      while (end < text.length) {
        const next = text.charCodeAt(end);
        if (!isWordCode(next) && !(number && next === 46)) break;
        end++;
      }
      tokens.push({ type: "name", start: i, end, text: text.slice(i, end), operands: undefined, indent });
      i = end;
      continue;
    }
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth = Math.max(0, depth - 1);
    const after = text[i + 1];
    const op = (after === "=" && (ch === "=" || ch === "+" || ch === ":")) || (ch === ":" && after === ":") || (ch === "-" && after === ">") ? ch + after : ch;
    tokens.push({ type: "op", start: i, end: i + op.length, text: op, operands: undefined, indent });
    i += op.length;
  }
  return tokens;
}

/** `[A-Za-z0-9_]` and every non-ASCII unit (Python names may use most of Unicode). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code >= 128;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

function readString(text: string, start: number, opening: string, pieces: Piece[], indent: number): PyToken {
  const quote = opening.replace(/^[rRbBuUfF]+/, "");
  const prefix = opening.slice(0, opening.length - quote.length).toLowerCase();
  const bodyStart = start + opening.length;
  const triple = quote.length === 3;
  let i = bodyStart;
  let bodyEnd = -1;
  const q = quote[0]!;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\\") {
      i += 2;
      continue;
    }
    if (!triple && ch === "\n") break;
    if (ch === q && (!triple || text.startsWith(quote, i))) {
      bodyEnd = i;
      break;
    }
    i++;
  }
  const closed = bodyEnd >= 0;
  if (!closed) bodyEnd = Math.min(i, text.length);
  const end = closed ? bodyEnd + quote.length : bodyEnd;
  const raw = text.slice(bodyStart, bodyEnd);
  const cook = (body: string, at: number): Decoded => (prefix.includes("r") ? verbatim(body, at) : decode(body, at, PYTHON));
  if (!prefix.includes("f")) {
    const piece: Piece = { kind: "string", start, end, decoded: cook(raw, bodyStart) };
    pieces.push(piece);
    return { type: "string", start, end, text: "", operands: [{ kind: "piece", piece }], indent };
  }
  return { type: "string", start, end, text: "", operands: fStringOperands(raw, bodyStart, start, end, cook, pieces), indent };
}

/**
 * An f-string's parts (https://docs.python.org/3/reference/lexical_analysis.html#f-strings):
 * literal text (with `{{`/`}}` undone) as pieces, a `{name}` field as the name, a field that is
 * itself a string literal as that string, any other field as unknown.
 */
function fStringOperands(raw: string, at: number, start: number, end: number, cook: (body: string, at: number) => Decoded, pieces: Piece[]): Operand[] {
  const operands: Operand[] = [];
  let literalFrom = 0;
  const flush = (to: number) => {
    if (to <= literalFrom) return;
    const body = raw.slice(literalFrom, to);
    const decoded = cook(body, at + literalFrom);
    const undoubled = undoubleBraces(decoded);
    const piece: Piece = {
      kind: "string",
      start: operands.length === 0 ? start : at + literalFrom,
      end: to === raw.length ? end : at + to,
      decoded: undoubled,
    };
    pieces.push(piece);
    operands.push({ kind: "piece", piece });
  };
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === "{" && raw[i + 1] === "{") {
      i += 2;
      continue;
    }
    if (raw[i] !== "{") {
      i++;
      continue;
    }
    flush(i);
    let depth = 1;
    let j = i + 1;
    while (j < raw.length && depth > 0) {
      if (raw[j] === "{") depth++;
      else if (raw[j] === "}") depth--;
      j++;
    }
    const field = raw.slice(i + 1, j - 1);
    const fieldStart = at + i;
    const fieldEnd = at + j;
    const simple = SIMPLE_NAME.exec(field);
    const quoted = /^\s*(['"])([^'"\\{}]*)\1\s*$/.exec(field);
    if (simple) operands.push({ kind: "name", name: simple[1]!, start: fieldStart, end: fieldEnd });
    else if (quoted) {
      const valueStart = at + i + 1 + field.indexOf(quoted[1]!) + 1;
      const piece: Piece = { kind: "string", start: fieldStart, end: fieldEnd, decoded: verbatim(quoted[2]!, valueStart) };
      pieces.push(piece);
      operands.push({ kind: "piece", piece });
    } else operands.push({ kind: "unknown", start: fieldStart, end: fieldEnd });
    literalFrom = j;
    i = j;
  }
  flush(raw.length);
  return operands;
}

function undoubleBraces(decoded: Decoded): Decoded {
  if (!decoded.value.includes("{{") && !decoded.value.includes("}}")) return decoded;
  let value = "";
  const offsets: number[] = [];
  for (let i = 0; i < decoded.value.length; i++) {
    value += decoded.value[i];
    offsets.push(decoded.offsets[i]!);
    const ch = decoded.value[i];
    if ((ch === "{" || ch === "}") && decoded.value[i + 1] === ch) i++;
  }
  offsets.push(decoded.offsets[decoded.value.length]!);
  return { value, offsets };
}
