import { C_LIKE, decode } from "../escapes.js";
import { type Lexed, type Operand, type Piece, bind, group, pieceOperand } from "../lexed.js";
import { HCL } from "../syntaxes.js";
import { interpolationEnd, lexGeneric } from "./generic.js";

const NAMED_VALUE = /^(?:local|var)\.[A-Za-z_][\w-]*$/;
const QUOTED = /^"(?:[^"\\\n]|\\.)*"$/;

/**
 * Terraform / HCL: the generic lexer (strings, comments, `join()`), plus string templates
 * (https://developer.hashicorp.com/terraform/language/expressions/strings#interpolation) whose
 * parts are constants (`"${"dapi"}…"`) or named values bound to a constant string in the same
 * file: a `locals` block entry (`local.x`) or a variable's `default` (`var.x`). Any other
 * interpolation is unknown and never part of a token.
 */
export function lexHcl(text: string): Lexed {
  const lexed = lexGeneric(text, HCL);
  const strings = lexed.pieces.filter((p) => p.kind === "string" && text[p.start] === '"');
  const byStart = new Map(strings.map((p) => [p.start, p]));
  const templates = strings.filter((p) => p.decoded.value.includes("${"));
  for (const piece of templates) {
    const operands = templateOperands(text, piece);
    if (operands.length > 1) lexed.groups.push({ ...group(operands), start: piece.start, end: piece.end });
  }
  bindNamedValues(text, lexed, byStart);
  return lexed;
}

/** A template's literal stretches and interpolations, in order. */
function templateOperands(text: string, piece: Piece): Operand[] {
  const operands: Operand[] = [];
  const bodyEnd = text[piece.end - 1] === '"' && piece.end - 1 > piece.start ? piece.end - 1 : piece.end;
  let from = piece.start + 1;
  let i = from;
  const literal = (to: number) => {
    if (to > from) operands.push(pieceOperand({ kind: "string", start: from, end: to, decoded: decode(text.slice(from, to), from, C_LIKE) }));
  };
  while (i < bodyEnd) {
    if (text[i] === "\\") {
      i += 2;
      continue;
    }
    if (!text.startsWith("${", i)) {
      i++;
      continue;
    }
    literal(i);
    const end = interpolationEnd(text, i + 2);
    const expression = text.slice(i + 2, end - 1).trim();
    const at = text.indexOf(expression, i + 2);
    if (QUOTED.test(expression)) operands.push(pieceOperand(templatePiece(text, at)));
    else if (NAMED_VALUE.test(expression)) operands.push({ kind: "name", name: expression, start: at, end: at + expression.length });
    else operands.push({ kind: "unknown", start: i, end });
    from = i = end;
  }
  literal(bodyEnd);
  return operands;
}

/** The quoted constant inside an interpolation, as a piece of its own. */
function templatePiece(text: string, start: number): Piece {
  const close = /^"(?:[^"\\\n]|\\.)*"/.exec(text.slice(start))![0];
  return { kind: "string", start, end: start + close.length, decoded: decode(close.slice(1, -1), start + 1, C_LIKE) };
}

/** `locals { x = "…" }` binds `local.x`; `variable "x" { default = "…" }` binds `var.x`. */
function bindNamedValues(text: string, lexed: Lexed, byStart: Map<number, Piece>): void {
  const seen = new Set<string>();
  const bindAt = (name: string, at: number) => {
    const piece = byStart.get(at);
    if (piece) bind(lexed, seen, name, group([pieceOperand(piece)]));
  };
  for (const block of text.matchAll(/^[ \t]*locals[ \t]*\{([^]*?)^[ \t]*\}/gm)) {
    const bodyAt = block.index! + block[0].indexOf("{") + 1;
    for (const entry of block[1]!.matchAll(/^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*(?=")/gm)) {
      bindAt(`local.${entry[1]}`, bodyAt + entry.index! + entry[0].length);
    }
  }
  for (const variable of text.matchAll(/^[ \t]*variable[ \t]+"([A-Za-z_][\w-]*)"[ \t]*\{[^}]*?\bdefault[ \t]*=[ \t]*(?=")/gm)) {
    bindAt(`var.${variable[1]}`, variable.index! + variable[0].length);
  }
}
