import { type Group, type Lexed, type Operand, bind, emptyLexed, group } from "../lexed.js";
import { type PyToken, tokenizePython } from "./python-tokens.js";

/** Calls that decode their argument: `base64.b64decode(…)`, `bytes.fromhex(…)`, `binascii.unhexlify(…)`. */
const DECODERS: Record<string, Group["decode"]> = {
  b64decode: "base64",
  standard_b64decode: "base64",
  urlsafe_b64decode: "base64",
  a2b_base64: "base64",
  fromhex: "hex",
  unhexlify: "hex",
  a2b_hex: "hex",
};
const KEYWORDS = new Set(["and", "or", "not", "in", "is", "if", "else", "for", "return", "lambda", "None", "True", "False", "await", "yield"]);

/**
 * Lexes Python: strings and comments as pieces; `+` chains and adjacent literals, f-strings,
 * `"sep".join([...])`, `[::-1]` and decoder calls as groups; module-level `NAME = expression`
 * (bound once) as bindings.
 */
export function lexPython(text: string): Lexed {
  const lexed = emptyLexed();
  const tokens = tokenizePython(text, lexed.pieces);
  const seen = new Set<string>();
  const reader = new ChainReader(tokens, lexed);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.indent === 0 && token.type === "name" && tokens[i + 1]?.text === "=" && !KEYWORDS.has(token.text)) {
      const chain = reader.chain(i + 2);
      if (chain) {
        const bound = chainGroup(tokens, i + 2, chain);
        bind(lexed, seen, token.text, bound);
        if (chain.operands.length > 1) lexed.groups.push(bound);
        i = chain.next;
        continue;
      }
      seen.add(token.text);
      lexed.bindings.delete(token.text);
    }
    const chain = mayStartChain(tokens, i) ? reader.chain(i) : null;
    if (chain && chain.next > i) {
      if (chain.operands.length > 1) lexed.groups.push(chainGroup(tokens, i, chain));
      i = chain.next;
    } else i++;
  }
  return lexed;
}

/**
 * Whether a chain worth folding may start at token `i`: a string or `(`; a name that is not an
 * attribute (`x.NAME` is not the module's `NAME`) and is followed by `+` or is a decoder's call.
 * Other tokens are skipped without building a chain (most tokens of a file are names).
 */
function mayStartChain(tokens: PyToken[], i: number): boolean {
  const token = tokens[i]!;
  if (token.type === "string" || token.text === "(") return true;
  if (token.type !== "name" || tokens[i - 1]?.text === ".") return false;
  const next = tokens[i + 1]?.text;
  return next === "+" || (next === "(" && token.text in DECODERS);
}

interface Chain {
  operands: Operand[];
  next: number;
}

/** A chain's operands as a group spanning the chain's tokens (an f-string's quotes included). */
function chainGroup(tokens: PyToken[], from: number, chain: Chain): Group {
  return { ...group(chain.operands), start: tokens[from]!.start, end: tokens[chain.next - 1]!.end };
}

class ChainReader {
  constructor(
    private readonly tokens: PyToken[],
    private readonly lexed: Lexed,
  ) {}

  /** `operand ('+' operand)*` from token `i`, or null when no operand starts there. */
  chain(i: number): Chain | null {
    const first = this.operand(i);
    if (!first) return null;
    const operands = [...first.operands];
    let next = first.next;
    while (this.tokens[next]?.text === "+") {
      const more = this.operand(next + 1);
      if (!more) break;
      operands.push(...more.operands);
      next = more.next;
    }
    return { operands, next };
  }

  private operand(i: number): Chain | null {
    const t = this.tokens;
    const token = t[i];
    if (!token) return null;
    if (token.type === "string") {
      const operands: Operand[] = [];
      let next = i;
      while (t[next]?.type === "string") operands.push(...t[next++]!.operands!);
      return this.postfix(operands, next);
    }
    if (token.type === "name" && !KEYWORDS.has(token.text) && /^[A-Za-z_]/.test(token.text)) {
      let next = i + 1;
      let last = token;
      while (t[next]?.text === "." && t[next + 1]?.type === "name") {
        last = t[next + 1]!;
        next += 2;
      }
      const decoder = DECODERS[last.text];
      if (t[next]?.text === "(") {
        const close = this.matching(next);
        if (decoder) {
          const inner = this.chain(next + 1);
          if (inner && t[inner.next]?.text === ")") this.lexed.groups.push(group(inner.operands, "", decoder));
        }
        return { operands: [{ kind: "unknown", start: token.start, end: t[close]?.end ?? last.end }], next: close + 1 };
      }
      if (last !== token || t[next]?.text === "[") return { operands: [{ kind: "unknown", start: token.start, end: last.end }], next };
      return { operands: [{ kind: "name", name: token.text, start: token.start, end: token.end }], next };
    }
    if (token.text === "(") {
      const inner = this.chain(i + 1);
      if (inner && t[inner.next]?.text === ")") return this.postfix(inner.operands, inner.next + 1);
    }
    return null;
  }

  /** `.join([...])`, `[::-1]` and `.encode()`/`.decode()` after a string or parenthesised chain. */
  private postfix(operands: Operand[], next: number): Chain {
    const t = this.tokens;
    if (t[next]?.text === "." && t[next + 1]?.text === "join" && t[next + 2]?.text === "(" && operands.length === 1 && operands[0]!.kind === "piece") {
      const separator = operands[0].piece.decoded.value;
      const open = t[next + 3];
      const close = this.matching(next + 2);
      if (open && (open.text === "[" || open.text === "(")) {
        const items: Operand[] = [];
        let k = next + 4;
        while (k < close) {
          const item = this.chain(k);
          if (!item) break;
          items.push(item.operands.length === 1 ? item.operands[0]! : { kind: "unknown", start: t[k]!.start, end: t[item.next - 1]!.end });
          if (item.operands.length > 1) this.lexed.groups.push(group(item.operands));
          k = item.next;
          if (t[k]?.text === ",") k++;
        }
        // The group spans the whole call, which is what a suggestion replaces.
        if (items.length > 1) this.lexed.groups.push({ ...group(items, separator), start: operands[0].piece.start, end: t[close]?.end ?? t[next + 2]!.end });
      }
      return { operands: [{ kind: "unknown", start: operands[0].piece.start, end: t[close]?.end ?? t[next + 2]!.end }], next: close + 1 };
    }
    if (t[next]?.text === "[" && t[next + 1]?.text === "::" && t[next + 2]?.text === "-" && t[next + 3]?.text === "1" && t[next + 4]?.text === "]") {
      this.lexed.groups.push(group(operands, "", "reverse"));
      return {
        operands: [
          {
            kind: "unknown",
            start: operands[0] ? (operands[0].kind === "piece" ? operands[0].piece.start : operands[0].start) : t[next]!.start,
            end: t[next + 4]!.end,
          },
        ],
        next: next + 5,
      };
    }
    if (t[next]?.text === "." && (t[next + 1]?.text === "encode" || t[next + 1]?.text === "decode") && t[next + 2]?.text === "(") {
      return { operands, next: this.matching(next + 2) + 1 };
    }
    return { operands, next };
  }

  /** The index of the bracket closing the one at `open` (or the last token). */
  private matching(open: number): number {
    let depth = 0;
    for (let k = open; k < this.tokens.length; k++) {
      const text = this.tokens[k]!.text;
      if (text === "(" || text === "[" || text === "{") depth++;
      else if (text === ")" || text === "]" || text === "}") {
        depth--;
        if (depth === 0) return k;
      }
    }
    return this.tokens.length - 1;
  }
}
