import { type Decoded, type EscapeStyle, decode, undouble, verbatim } from "../escapes.js";
import { type Lexed, type Operand, type Piece, bind, emptyLexed, group } from "../lexed.js";

/** One way a language quotes a string. */
export interface StringForm {
  open: string;
  close: string;
  /** Escapes inside; "double" when a doubled closing quote stands for one (SQL, PowerShell single quotes). */
  escapes: EscapeStyle | "double" | "verbatim";
  multiline: boolean;
  /** Opens an interpolation whose `}` ends it and which may hold quoted strings (HCL `${`). */
  template?: string;
}

/** What the generic lexer needs to know about a language: its quotes, comments and joins. */
export interface GenericSyntax {
  strings: StringForm[];
  lineComments: string[];
  blockComments: [open: string, close: string][];
  /** Operators that join two strings: `+`, `||`, `&`. */
  concat: string[];
  /** Calls whose string arguments are joined: name → how (`join(sep, [..])`, `paste0(..)`). */
  joinCalls: Record<string, "args" | "separator-then-list">;
  /** `NAME = chain` (or `<-`) at the start of a line binds NAME, after an optional keyword. */
  binding: RegExp | null;
  /** What a name looks like (PowerShell's `$name` included). */
  name: RegExp;
}

type Token = { type: "string"; piece: Piece } | { type: "name" | "op"; text: string; start: number; end: number; lineStart: boolean };

/**
 * A lexer for languages whose strings and comments follow a few common forms (TOML, HCL, SQL,
 * Scala, R, PowerShell): strings and comments as pieces, chains of strings and bound names joined
 * by the language's concatenation operators or join calls as groups, and line-start bindings.
 */
export function lexGeneric(text: string, syntax: GenericSyntax): Lexed {
  const lexed = emptyLexed();
  const tokens = tokenize(text, syntax, lexed.pieces);
  const seen = new Set<string>();
  const operand = (k: number): { operand: Operand; next: number } | null => {
    const token = tokens[k];
    if (!token) return null;
    if (token.type === "string") return { operand: { kind: "piece", piece: token.piece }, next: k + 1 };
    if (
      token.type === "name" &&
      tokens[k + 1]?.type === "op" &&
      (tokens[k + 1] as { text: string }).text === "(" &&
      token.text.toLowerCase() in syntax.joinCalls
    ) {
      return joinCall(k, syntax.joinCalls[token.text.toLowerCase()]!);
    }
    if (token.type === "name") return { operand: { kind: "name", name: token.text, start: token.start, end: token.end }, next: k + 1 };
    return null;
  };
  const chain = (k: number): { operands: Operand[]; next: number } | null => {
    const first = operand(k);
    if (!first) return null;
    const operands = [first.operand];
    let next = first.next;
    for (;;) {
      const op = tokens[next];
      if (op?.type !== "op" || !syntax.concat.includes(op.text)) break;
      const more = operand(next + 1);
      if (!more) break;
      operands.push(more.operand);
      next = more.next;
    }
    return { operands, next };
  };
  const joinCall = (k: number, how: "args" | "separator-then-list"): { operand: Operand; next: number } => {
    const items: Operand[] = [];
    let separator = "";
    let next = k + 2;
    if (how === "separator-then-list") {
      const sep = tokens[next];
      if (sep?.type === "string") separator = sep.piece.decoded.value;
      next += 2;
      if (tokens[next]?.type === "op" && (tokens[next] as { text: string }).text === "[") next++;
    }
    for (;;) {
      const item = chain(next);
      if (!item) break;
      items.push(item.operands.length === 1 ? item.operands[0]! : { kind: "unknown", start: 0, end: 0 });
      if (item.operands.length > 1) lexed.groups.push(group(item.operands));
      next = item.next;
      const comma = tokens[next];
      if (comma?.type !== "op" || comma.text !== ",") break;
      next++;
    }
    while (tokens[next]?.type === "op" && ["]", ")"].includes((tokens[next] as { text: string }).text)) next++;
    const head = tokens[k] as { start: number };
    const last = tokens[next - 1]!;
    const end = last.type === "string" ? last.piece.end : last.end;
    // The group spans the whole call, which is what a suggestion replaces.
    if (items.length > 1 && items.every((item) => item.kind !== "unknown")) lexed.groups.push({ ...group(items, separator), start: head.start, end });
    return { operand: { kind: "unknown", start: head.start, end }, next };
  };
  let k = 0;
  while (k < tokens.length) {
    const token = tokens[k]!;
    if (syntax.binding && token.type === "name" && token.lineStart) {
      const line = `${tokens
        .slice(k, k + 4)
        .map((t) => (t.type === "string" ? "\u0000" : t.text))
        .join(" ")} `;
      const match = syntax.binding.exec(line);
      if (match) {
        const valueAt = k + match[0].trim().split(" ").length;
        const value = chain(valueAt);
        if (!value) lexed.bindings.delete(match[1]!);
        if (value) {
          bind(lexed, seen, match[1]!, group(value.operands));
          if (value.operands.length > 1) lexed.groups.push(group(value.operands));
          k = value.next;
          continue;
        }
      }
    }
    // Any other assignment to a bound name (`p = …`, `p <- …`) means it was no constant.
    const assigned = tokens[k + 1];
    if (token.type === "name" && token.lineStart && assigned?.type === "op" && (assigned.text === "=" || assigned.text === "<-")) {
      seen.add(token.text);
      lexed.bindings.delete(token.text);
    }
    const found = chain(k);
    if (found && found.operands.length > 1) lexed.groups.push(group(found.operands));
    k = found ? Math.max(found.next, k + 1) : k + 1;
  }
  return lexed;
}

function tokenize(text: string, syntax: GenericSyntax, pieces: Piece[]): Token[] {
  const tokens: Token[] = [];
  let lineStart = true;
  let i = 0;
  const forms = [...syntax.strings].sort((a, b) => b.open.length - a.open.length);
  outer: while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n") {
      lineStart = true;
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    for (const mark of syntax.lineComments) {
      if (text.startsWith(mark, i)) {
        const newline = text.indexOf("\n", i);
        const end = newline < 0 ? text.length : newline;
        pieces.push({ kind: "comment", start: i, end, decoded: verbatim(text.slice(i + mark.length, end), i + mark.length) });
        i = end;
        continue outer;
      }
    }
    for (const [open, close] of syntax.blockComments) {
      if (text.startsWith(open, i)) {
        const found = text.indexOf(close, i + open.length);
        const bodyEnd = found < 0 ? text.length : found;
        pieces.push({
          kind: "comment",
          start: i,
          end: found < 0 ? text.length : found + close.length,
          decoded: verbatim(text.slice(i + open.length, bodyEnd), i + open.length),
        });
        i = found < 0 ? text.length : found + close.length;
        continue outer;
      }
    }
    for (const form of forms) {
      if (!text.startsWith(form.open, i)) continue;
      const piece = readString(text, i, form);
      pieces.push(piece);
      tokens.push({ type: "string", piece });
      i = piece.end;
      lineStart = false;
      continue outer;
    }
    syntax.name.lastIndex = i;
    const name = syntax.name.exec(text);
    if (name && name.index === i && name[0].length > 0) {
      tokens.push({ type: "name", text: name[0], start: i, end: i + name[0].length, lineStart });
      i += name[0].length;
    } else {
      const op = ["||", "<-", "::"].find((o) => text.startsWith(o, i)) ?? ch;
      tokens.push({ type: "op", text: op, start: i, end: i + op.length, lineStart });
      i += op.length;
    }
    lineStart = false;
  }
  return tokens;
}

function readString(text: string, start: number, form: StringForm): Piece {
  const bodyStart = start + form.open.length;
  let i = bodyStart;
  const escape = typeof form.escapes === "object" ? form.escapes.escape : null;
  while (i < text.length) {
    if (escape && text[i] === escape) {
      i += 2;
      continue;
    }
    if (form.template && text.startsWith(form.template, i)) {
      i = interpolationEnd(text, i + form.template.length);
      continue;
    }
    if (text.startsWith(form.close, i)) {
      if (form.escapes === "double" && text.startsWith(form.close, i + form.close.length)) {
        i += 2 * form.close.length;
        continue;
      }
      break;
    }
    if (!form.multiline && text[i] === "\n") break;
    i++;
  }
  const bodyEnd = Math.min(i, text.length);
  const closed = text.startsWith(form.close, bodyEnd);
  const raw = text.slice(bodyStart, bodyEnd);
  const decoded: Decoded =
    form.escapes === "verbatim"
      ? verbatim(raw, bodyStart)
      : form.escapes === "double"
        ? undouble(raw, bodyStart, form.close)
        : decode(raw, bodyStart, form.escapes);
  return { kind: "string", start, end: closed ? bodyEnd + form.close.length : bodyEnd, decoded };
}

/** Where an interpolation opened before `from` ends: past its matching `}`, skipping quoted strings. */
export function interpolationEnd(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length && text[i] !== "\n") {
    const ch = text[i]!;
    if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
    } else if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i + 1;
    i++;
  }
  return i;
}
