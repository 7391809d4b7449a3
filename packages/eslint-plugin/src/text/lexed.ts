import type { Decoded } from "./escapes.js";

/** How a finding's token was spelled; the rule reports each under its own messageId. */
export type Tier = "literal" | "escaped" | "comment" | "concat" | "binding" | "encoded";

/**
 * A stretch of a file whose value a lexer knows: a string literal (its decoded value), a comment,
 * or prose (Markdown text, plain-text lines). `start`/`end` cover the whole piece (quotes
 * included); `decoded.offsets` map each value unit back into the file.
 */
export interface Piece {
  kind: "string" | "comment" | "prose";
  start: number;
  end: number;
  decoded: Decoded;
  /** Set on code embedded in another file type: what a suggestion puts there instead of the file's default (null: none). */
  replacement?: string | null;
}

/** One operand of a joined expression: a string, a name bound to a constant, or something unknown. */
export type Operand =
  { kind: "piece"; piece: Piece } | { kind: "name"; name: string; start: number; end: number } | { kind: "unknown"; start: number; end: number };

/**
 * Operands the language joins into one value: Python `+` and adjacent literals, f-strings,
 * `"".join([...])`; shell words made of adjacent quotings and `$VAR`; HCL `join()`. A
 * `decode` names a standard decoder applied to the joined value.
 */
export interface Group {
  operands: Operand[];
  separator: string;
  decode: "base64" | "hex" | "reverse" | null;
  start: number;
  end: number;
  replacement?: string | null;
}

/** What a dialect's lexer finds in a text. */
export interface Lexed {
  pieces: Piece[];
  groups: Group[];
  /** Names bound once to a constant expression (Python module constants, shell variables). */
  bindings: Map<string, Group>;
  /** Problems with the text itself (a notebook that is not JSON), reported once per file. */
  problems: { message: string; offset: number }[];
}

export function emptyLexed(): Lexed {
  return { pieces: [], groups: [], bindings: new Map(), problems: [] };
}

/** Records a module-level binding; a name bound twice is no constant and is forgotten. */
export function bind(lexed: Lexed, seen: Set<string>, name: string, group: Group): void {
  if (seen.has(name)) lexed.bindings.delete(name);
  else lexed.bindings.set(name, group);
  seen.add(name);
}

export function pieceOperand(piece: Piece): Operand {
  return { kind: "piece", piece };
}

export function group(operands: Operand[], separator = "", decode: Group["decode"] = null): Group {
  const first = operands[0]!;
  const last = operands[operands.length - 1]!;
  return { operands, separator, decode, start: operandStart(first), end: operandEnd(last) };
}

export function operandStart(operand: Operand): number {
  return operand.kind === "piece" ? operand.piece.start : operand.start;
}

export function operandEnd(operand: Operand): number {
  return operand.kind === "piece" ? operand.piece.end : operand.end;
}
