import { SHELL_ANSI, SHELL_DOUBLE, decode, verbatim } from "../escapes.js";
import { type Lexed, type Operand, type Piece, bind, emptyLexed, group } from "../lexed.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const WORD_END = /[\s;&|()<>]/;

/**
 * Lexes POSIX/Bash shell (https://www.gnu.org/software/bash/manual/bash.html#Quoting): each word
 * is a group of its adjacent quotings (`'…'`, `"…"` with `$VAR` inside, `$'…'`, bare text) and
 * expansions; `NAME=word` at the start of a command binds the name (bound once in the file).
 * Comments start with `#` at the start of a word.
 */
export function lexShell(text: string): Lexed {
  const lexed = emptyLexed();
  const seen = new Set<string>();
  let i = 0;
  let commandStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n" || ch === ";" || ch === "&" || ch === "|" || ch === "(" || ch === ")") {
      commandStart = true;
      i++;
      continue;
    }
    if (/\s/.test(ch) || ch === "<" || ch === ">") {
      i++;
      continue;
    }
    if (ch === "#") {
      const end = lineEnd(text, i);
      lexed.pieces.push({ kind: "comment", start: i, end, decoded: verbatim(text.slice(i + 1, end), i + 1) });
      i = end;
      continue;
    }
    const assignment = commandStart ? /^(?:export\s+|local\s+|readonly\s+|declare\s+)?([A-Za-z_]\w*)=/.exec(text.slice(i, i + 200)) : null;
    const wordStart = assignment ? i + assignment[0].length : i;
    const word = readWord(text, wordStart, lexed.pieces);
    // The group spans the whole word (its quotes included), which is what a suggestion replaces.
    const wordGroup = word.operands.length ? { ...group(word.operands), start: wordStart, end: word.end } : null;
    if (assignment) {
      const value = word.operands.length ? wordGroup : null;
      if (value) bind(lexed, seen, assignment[1]!, value);
      else lexed.bindings.delete(assignment[1]!);
    } else commandStart = false;
    if (wordGroup && word.operands.length > 1) lexed.groups.push(wordGroup);
    i = Math.max(word.end, i + 1);
  }
  return lexed;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** One shell word from `start`: its operands in order and where it ends. */
export function readWord(text: string, start: number, pieces: Piece[]): { operands: Operand[]; end: number } {
  const operands: Operand[] = [];
  let i = start;
  let bare = -1;
  const flushBare = (to: number) => {
    if (bare < 0 || to <= bare) return;
    const raw = text.slice(bare, to);
    const piece: Piece = { kind: "string", start: bare, end: to, decoded: decode(raw, bare, { escape: "\\", singles: {} }) };
    pieces.push(piece);
    operands.push({ kind: "piece", piece });
    bare = -1;
  };
  while (i < text.length && !WORD_END.test(text[i]!)) {
    const ch = text[i]!;
    if (ch === "'" || (ch === "$" && text[i + 1] === "'")) {
      flushBare(i);
      const open = ch === "$" ? i + 2 : i + 1;
      let close = open;
      while (close < text.length && text[close] !== "'") close += ch === "$" && text[close] === "\\" ? 2 : 1;
      const raw = text.slice(open, Math.min(close, text.length));
      const piece: Piece = {
        kind: "string",
        start: i,
        end: Math.min(close + 1, text.length),
        decoded: ch === "$" ? decode(raw, open, SHELL_ANSI) : verbatim(raw, open),
      };
      pieces.push(piece);
      operands.push({ kind: "piece", piece });
      i = piece.end;
    } else if (ch === '"') {
      flushBare(i);
      i = readDouble(text, i, operands, pieces);
    } else if (ch === "$") {
      flushBare(i);
      i = readExpansion(text, i, operands);
    } else if (ch === "`") {
      flushBare(i);
      const close = text.indexOf("`", i + 1);
      const end = close < 0 ? text.length : close + 1;
      operands.push({ kind: "unknown", start: i, end });
      i = end;
    } else {
      if (bare < 0) bare = i;
      i += ch === "\\" ? 2 : 1;
    }
  }
  flushBare(Math.min(i, text.length));
  return { operands, end: Math.min(i, text.length) };
}

function readDouble(text: string, start: number, operands: Operand[], pieces: Piece[]): number {
  let i = start + 1;
  let from = i;
  const parts: Operand[] = [];
  const flush = (to: number, last: boolean) => {
    if (to <= from && !(last && parts.length === 0)) return;
    const piece: Piece = {
      kind: "string",
      start: parts.length === 0 ? start : from,
      end: last ? Math.min(to + 1, text.length) : to,
      decoded: decode(text.slice(from, to), from, SHELL_DOUBLE),
    };
    pieces.push(piece);
    parts.push({ kind: "piece", piece });
  };
  while (i < text.length && text[i] !== '"') {
    if (text[i] === "\\") i += 2;
    else if (text[i] === "$" && (NAME.test(text.slice(i + 1, i + 2)) || text[i + 1] === "{" || text[i + 1] === "(")) {
      flush(i, false);
      i = readExpansion(text, i, parts);
      from = i;
    } else i++;
  }
  flush(Math.min(i, text.length), true);
  operands.push(...parts);
  return Math.min(i + 1, text.length);
}

/** `$NAME`, `${NAME}` (a name operand), `$(…)`, `${…:-…}` and others (unknown). */
function readExpansion(text: string, start: number, operands: Operand[]): number {
  const rest = text.slice(start + 1, start + 200);
  const plain = NAME.exec(rest);
  if (plain) {
    operands.push({ kind: "name", name: plain[0], start, end: start + 1 + plain[0].length });
    return start + 1 + plain[0].length;
  }
  const braced = /^\{([A-Za-z_]\w*)\}/.exec(rest);
  if (braced) {
    operands.push({ kind: "name", name: braced[1]!, start, end: start + 1 + braced[0].length });
    return start + 1 + braced[0].length;
  }
  const open = text[start + 1];
  if (open === "{" || open === "(") {
    const close = open === "{" ? "}" : ")";
    let depth = 0;
    let i = start + 1;
    for (; i < text.length; i++) {
      if (text[i] === open) depth++;
      else if (text[i] === close && --depth === 0) break;
    }
    operands.push({ kind: "unknown", start, end: Math.min(i + 1, text.length) });
    return Math.min(i + 1, text.length);
  }
  operands.push({ kind: "unknown", start, end: start + 1 });
  return start + 1;
}
