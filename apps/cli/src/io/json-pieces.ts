/**
 * `JSON.stringify(value, null, 2) + "\n"` cut into pieces that each end at a line break: one per
 * member of the top-level object or array and one per element of the arrays and objects inside
 * it (a doctor report's checks, a SARIF log's results). Joined, the pieces are exactly that text;
 * alone, none is larger than one element, and they are made as they are iterated, so a
 * 100,000-profile report is redacted and written without ever being one string.
 */
export function* jsonPieces(value: unknown): Generator<string, void, undefined> {
  let piece = "";
  for (const fragment of fragments(value, "", 0)) {
    if (fragment !== PIECE_BREAK) piece += fragment;
    else if (piece !== "") {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}\n`;
}

/** How many levels are cut into pieces; deeper values are stringified whole. */
const CUT_DEPTH = 2;

/** Where one piece ends and the next begins. */
const PIECE_BREAK = Symbol("piece break");

/** The text of `value` at `indent` (its first line continues the current one), with the places to cut. */
function* fragments(value: unknown, indent: string, depth: number): Generator<string | typeof PIECE_BREAK, void, undefined> {
  const container = depth < CUT_DEPTH ? asContainer(value) : undefined;
  if (!container) {
    yield (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
    return;
  }
  const [open, close] = container.kind === "array" ? ["[", "]"] : ["{", "}"];
  if (container.entries.length === 0) {
    yield open + close;
    return;
  }
  yield `${open}\n`;
  const inner = `${indent}  `;
  for (const [i, [key, member]] of container.entries.entries()) {
    yield PIECE_BREAK;
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* fragments(member, inner, depth + 1);
    yield i < container.entries.length - 1 ? ",\n" : "\n";
  }
  yield PIECE_BREAK;
  yield `${indent}${close}`;
}

interface Container {
  kind: "array" | "object";
  /** `[key, value]` for object members (those `JSON.stringify` keeps), `[undefined, value]` for array elements. */
  entries: [string | undefined, unknown][];
}

/** A plain array or object to cut into pieces, or undefined for anything `JSON.stringify` should handle itself. */
function asContainer(value: unknown): Container | undefined {
  if (typeof value !== "object" || value === null || typeof (value as { toJSON?: unknown }).toJSON === "function") return undefined;
  if (Array.isArray(value)) return { kind: "array", entries: value.map((element: unknown) => [undefined, isOmitted(element) ? null : element]) };
  const entries = Object.entries(value).filter(([, member]) => !isOmitted(member));
  return { kind: "object", entries };
}

/** Values `JSON.stringify` leaves out of objects and writes as `null` in arrays. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}
