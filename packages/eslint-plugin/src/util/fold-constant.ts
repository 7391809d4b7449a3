import type { SourceCode } from "eslint";
import type * as ESTree from "estree";
import { type Node, createScopeResolver, staticPropertyName, unwrap } from "./ast.js";
import { ARRAY_METHOD, isFoldingGlobal, isFoldingMethod } from "./folding-calls.js";

/** How a folded value was assembled; a finding's kind is the strongest one involved. */
export const VIA_CONCAT = 1;
export const VIA_BINDING = 2;
export const VIA_ENCODED = 4;

/** A stretch of a folded string copied whole from one literal (already checked where it stands). */
export type Span = readonly [start: number, end: number];

export interface FoldedString {
  kind: "string";
  value: string;
  leaves: Span[];
  via: number;
}
export interface FoldedNumber {
  kind: "number";
  value: number;
}
export interface FoldedArray {
  kind: "array";
  items: FoldedString[];
  via: number;
}
export type Folded = FoldedString | FoldedNumber | FoldedArray;

/** One operand of a `+` chain, template, `.join()` or `.concat()`; `node` is null for an implicit separator. */
export interface SequencePart {
  node: Node | null;
  folded: Folded | null;
}

/** Consecutive constant parts of a sequence, folded into one string. */
export interface Run {
  value: FoldedString;
  parts: SequencePart[];
  /** Where each part's text starts in `value`. */
  starts: number[];
}

/** Bounds that keep folding linear on minified bundles and huge files. */
export const FOLD_LIMITS = {
  /** Longest string a fold may build; longer runs are cut. */
  maxLength: 65_536,
  /** Deepest nesting of folds (binding chains, nested calls). */
  maxDepth: 48,
  /** Characters all folds of one file may build together. */
  fileBudget: 4_000_000,
} as const;

export interface FolderOptions {
  /** Apply decoders (base64, hex, char codes, reversal). */
  decode: boolean;
}

export interface Folder {
  /** The constant value of an expression, or null when any part is unknown. Memoised per node. */
  fold(node: Node): Folded | null;
  /** The operands of a sequence-shaped expression (`+`, template with expressions, `.join`, `.concat`). */
  sequence(node: Node): SequencePart[] | null;
  /** The constant runs of a sequence. */
  runs(parts: SequencePart[]): Run[];
  /** False when `identifier` cannot name a constant (no `const` of that name in the file): its fold is null. */
  mayBeConst(identifier: ESTree.Identifier): boolean;
  /** Work done so far in this file: folds computed (memo misses) and characters built. */
  stats(): { folds: number; built: number };
}

const UTF8 = new Set(["utf8", "utf-8"]);
const BASE64 = /^[A-Za-z0-9+/\-_\s]*={0,2}\s*$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** A per-file constant folder; create one per rule invocation so that no state crosses files. */
export function createFolder(sourceCode: SourceCode, options: FolderOptions): Folder {
  const scopes = createScopeResolver(sourceCode);
  const memo = new Map<Node, Folded | null>();
  const inProgress = new Set<Node>();
  let budget: number = FOLD_LIMITS.fileBudget;
  let depth = 0;
  let folds = 0;
  let built = 0;

  function spend(length: number): boolean {
    if (budget < 0) return false;
    budget -= length;
    built += length;
    return budget >= 0 && length <= FOLD_LIMITS.maxLength;
  }

  function leaf(value: string): FoldedString {
    return { kind: "string", value, leaves: [[0, value.length]], via: 0 };
  }

  function derived(value: string, via: number): FoldedString | null {
    return spend(value.length) ? { kind: "string", value, leaves: [], via } : null;
  }

  function fold(node: Node): Folded | null {
    const target = unwrap(node);
    const cached = memo.get(target);
    if (cached !== undefined) return cached;
    if (depth >= FOLD_LIMITS.maxDepth || inProgress.has(target) || budget < 0) return null;
    depth++;
    folds++;
    inProgress.add(target);
    let result: Folded | null;
    try {
      result = compute(target);
    } finally {
      inProgress.delete(target);
      depth--;
    }
    memo.set(target, result);
    return result;
  }

  function foldString(node: Node | ESTree.Node | undefined): FoldedString | null {
    if (!node || node.type === "SpreadElement") return null;
    const folded = fold(node as Node);
    return folded?.kind === "string" ? folded : null;
  }

  function compute(node: Node): Folded | null {
    switch (node.type) {
      case "Literal":
        if (typeof node.value === "string") return leaf(node.value);
        if (typeof node.value === "number") return { kind: "number", value: node.value };
        return null;
      case "TemplateLiteral":
        if (node.expressions.length === 0) return node.quasis[0]?.value.cooked != null ? leaf(node.quasis[0].value.cooked) : null;
        return wholeSequence(node);
      case "BinaryExpression":
        return node.operator === "+" ? wholeSequence(node) : null;
      case "Identifier":
        return foldBinding(node);
      case "ArrayExpression":
        return foldArray(node.elements);
      case "CallExpression":
        return foldCall(node);
      default:
        return null;
    }
  }

  function wholeSequence(node: Node): FoldedString | null {
    const parts = sequence(node);
    if (!parts) return null;
    const runs = buildRuns(parts);
    return runs.length === 1 && runs[0]!.parts.length === parts.length ? runs[0]!.value : null;
  }

  function foldBinding(identifier: ESTree.Identifier): Folded | null {
    const init = scopes.constInitializer(identifier);
    if (!init) return null;
    const inner = fold(init);
    if (!inner || inner.kind === "number") return inner;
    if (inner.kind === "array") return { kind: "array", items: inner.items, via: inner.via | VIA_BINDING };
    // The initialiser is checked where it stands, so the whole value counts as already seen.
    return { kind: "string", value: inner.value, leaves: [[0, inner.value.length]], via: inner.via | VIA_BINDING };
  }

  function foldArray(elements: ReadonlyArray<ESTree.Expression | ESTree.SpreadElement | null>): FoldedArray | null {
    const items: FoldedString[] = [];
    let via = 0;
    for (const element of elements) {
      if (element === null) {
        items.push(leaf(""));
        continue;
      }
      if (element.type === "SpreadElement") {
        const spread = fold(element.argument as Node);
        if (spread?.kind === "string") items.push(...[...spread.value].map((ch) => ({ ...leaf(ch), leaves: [] })));
        else if (spread?.kind === "array") items.push(...spread.items);
        else return null;
        via |= spread.via;
        continue;
      }
      const item = fold(element as Node);
      if (!item || item.kind === "array") return null;
      if (item.kind === "number") items.push(leaf(String(item.value)));
      else {
        items.push(item);
        via |= item.via;
      }
    }
    return { kind: "array", items, via };
  }

  function foldCall(call: ESTree.CallExpression): Folded | null {
    const callee = unwrap(call.callee as Node);
    const args = call.arguments;
    if (callee.type === "Identifier") {
      if (!isFoldingGlobal(callee.name)) return null;
      if (callee.name === "atob" && options.decode && scopes.isGlobal(callee)) return decodeText(foldString(args[0]), "base64");
      if (callee.name === "String" && args.length === 1 && scopes.isGlobal(callee)) return asString(fold(args[0] as Node));
      return null;
    }
    if (callee.type !== "MemberExpression") return null;
    const method = staticPropertyName(callee) ?? "";
    // Only the calls of the shared list (and `split`, which makes the array `join` folds).
    if (!isFoldingMethod(method) && method !== ARRAY_METHOD) return null;
    const receiver = unwrap(callee.object as Node);
    const global = (name: string) => receiver.type === "Identifier" && receiver.name === name && scopes.isGlobal(receiver);
    switch (method) {
      case "join":
        return foldJoin(call, receiver);
      case "concat":
        return wholeSequence(call as Node);
      case "toString":
        return args.length === 0 || UTF8.has(foldString(args[0])?.value.toLowerCase() ?? "") ? asString(fold(receiver)) : null;
      case "reverse": {
        const array = options.decode && args.length === 0 ? fold(receiver) : null;
        return array?.kind === "array" ? { kind: "array", items: [...array.items].reverse(), via: array.via | VIA_ENCODED } : null;
      }
      case "split": {
        const text = foldString(receiver);
        const separator = foldString(args[0]);
        if (!text || separator?.value !== "" || args.length !== 1) return null;
        return { kind: "array", items: [...text.value].map((ch) => ({ ...leaf(ch), leaves: [] })), via: text.via };
      }
      case "from":
        if (global("Array") && args.length === 1) {
          const text = foldString(args[0]);
          return text ? { kind: "array", items: [...text.value].map((ch) => ({ ...leaf(ch), leaves: [] })), via: text.via } : null;
        }
        return global("Buffer") ? foldBufferFrom(args) : null;
      case "fromCharCode":
      case "fromCodePoint":
        return options.decode && global("String") ? foldCharCodes(args, method) : null;
      case "atob":
        return options.decode && (global("globalThis") || global("window") || global("self")) ? decodeText(foldString(args[0]), "base64") : null;
      default:
        return null;
    }
  }

  function foldJoin(call: ESTree.CallExpression, receiver: Node): FoldedString | null {
    if (receiver.type === "ArrayExpression") return wholeSequence(call as Node);
    const array = fold(receiver);
    if (array?.kind !== "array" || call.arguments.length > 1) return null;
    const separator = call.arguments.length === 1 ? foldString(call.arguments[0]) : leaf(",");
    if (!separator) return null;
    const joined = array.items.map((item) => item.value).join(separator.value);
    return derived(joined, array.via | VIA_CONCAT);
  }

  function foldBufferFrom(args: ReadonlyArray<ESTree.Expression | ESTree.SpreadElement>): FoldedString | null {
    if (args.length === 0 || args.length > 2) return null;
    const source = fold(args[0] as Node);
    if (source?.kind === "array") {
      if (!options.decode) return null;
      const bytes = source.items.map((item) => Number(item.value));
      if (!bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) return null;
      return derived(String.fromCharCode(...bytes), source.via | VIA_ENCODED);
    }
    if (source?.kind !== "string") return null;
    const encoding = args.length === 2 ? foldString(args[1])?.value.toLowerCase() : "utf8";
    if (encoding === undefined) return null;
    if (UTF8.has(encoding)) return source;
    if (!options.decode) return null;
    if (encoding === "base64" || encoding === "base64url") return decodeText(source, "base64");
    if (encoding === "hex") return decodeText(source, "hex");
    return null;
  }

  function foldCharCodes(args: ReadonlyArray<ESTree.Expression | ESTree.SpreadElement>, method: "fromCharCode" | "fromCodePoint"): FoldedString | null {
    const codes: number[] = [];
    for (const arg of args) {
      const value = arg.type === "SpreadElement" ? fold(arg.argument as Node) : fold(arg as Node);
      if (value?.kind === "number") codes.push(value.value);
      else if (value?.kind === "array" && arg.type === "SpreadElement") codes.push(...value.items.map((item) => Number(item.value)));
      else return null;
    }
    if (!codes.every((c) => Number.isInteger(c) && c >= 0 && c <= 0x10ffff)) return null;
    const text = method === "fromCodePoint" ? String.fromCodePoint(...codes) : String.fromCharCode(...codes);
    return derived(text, VIA_ENCODED);
  }

  function decodeText(source: FoldedString | null, encoding: "base64" | "hex"): FoldedString | null {
    if (!source || source.value.length > FOLD_LIMITS.maxLength) return null;
    const pattern = encoding === "base64" ? BASE64 : HEX;
    if (!pattern.test(source.value)) return null;
    return derived(Buffer.from(source.value, encoding).toString("latin1"), source.via | VIA_ENCODED);
  }

  function asString(folded: Folded | null): FoldedString | null {
    if (folded?.kind === "string") return folded;
    if (folded?.kind === "number") return derived(String(folded.value), 0);
    return null;
  }

  function sequence(node: Node): SequencePart[] | null {
    const target = unwrap(node);
    const part = (n: Node | ESTree.Node | null): SequencePart =>
      n === null || n.type === "SpreadElement" ? { node: n as Node | null, folded: null } : { node: n as Node, folded: fold(n as Node) };
    if (target.type === "BinaryExpression" && target.operator === "+") {
      const operands: Node[] = [];
      let current: Node = target;
      while (current.type === "BinaryExpression" && current.operator === "+") {
        operands.push(current.right as Node);
        current = current.left as Node;
      }
      operands.push(current);
      return operands.reverse().map(part);
    }
    if (target.type === "TemplateLiteral" && target.expressions.length > 0) {
      const parts: SequencePart[] = [];
      target.quasis.forEach((quasi, i) => {
        const cooked = quasi.value.cooked;
        parts.push({ node: quasi as Node, folded: cooked == null ? null : leaf(cooked) });
        const expression = target.expressions[i];
        if (expression) parts.push(part(expression));
      });
      return parts;
    }
    if (target.type !== "CallExpression") return null;
    const callee = unwrap(target.callee as Node);
    if (callee.type !== "MemberExpression") return null;
    const method = staticPropertyName(callee);
    const receiver = unwrap(callee.object as Node);
    if (method === "join" && receiver.type === "ArrayExpression" && target.arguments.length <= 1) {
      const separatorNode = target.arguments[0];
      const separator: SequencePart = separatorNode ? { node: null, folded: foldString(separatorNode) } : { node: null, folded: leaf(",") };
      const parts: SequencePart[] = [];
      receiver.elements.forEach((element, i) => {
        if (i > 0) parts.push(separator);
        parts.push(element === null ? { node: null, folded: leaf("") } : part(element));
      });
      return parts;
    }
    if (method === "concat") {
      const head = foldString(receiver);
      if (!head) return null;
      return [{ node: receiver, folded: head }, ...target.arguments.map(part)];
    }
    return null;
  }

  function buildRuns(parts: SequencePart[]): Run[] {
    const runs: Run[] = [];
    let current: { parts: SequencePart[]; starts: number[]; text: string[]; length: number; leaves: Span[]; via: number; hasString: boolean } | null = null;
    const close = () => {
      if (current && current.hasString && spend(current.length)) {
        const value = current.text.join("");
        const via = current.via | (current.parts.length > 1 ? VIA_CONCAT : 0);
        runs.push({ value: { kind: "string", value, leaves: current.leaves, via }, parts: current.parts, starts: current.starts });
      }
      current = null;
    };
    for (const p of parts) {
      const folded = p.folded;
      let text: string | null = null;
      if (folded?.kind === "string") text = folded.value;
      else if (folded?.kind === "number" && current?.hasString) text = String(folded.value);
      if (text === null || (current && current.length + text.length > FOLD_LIMITS.maxLength)) {
        close();
        if (text === null) continue;
      }
      current ??= { parts: [], starts: [], text: [], length: 0, leaves: [], via: 0, hasString: false };
      if (folded?.kind === "string") {
        for (const [start, end] of folded.leaves) current.leaves.push([start + current.length, end + current.length]);
        current.via |= folded.via;
        current.hasString = true;
      }
      current.parts.push(p);
      current.starts.push(current.length);
      current.text.push(text);
      current.length += text.length;
    }
    close();
    return runs;
  }

  return { fold, sequence, runs: buildRuns, mayBeConst: (identifier) => scopes.mayBeConst(identifier), stats: () => ({ folds, built }) };
}
