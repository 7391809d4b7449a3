/**
 * `JSON.stringify(value, null, 2) + "\n"` cut into pieces that each end at a line break: one per
 * member of the top-level object or array and one per element of the arrays and objects inside
 * it (a doctor report's checks, a SARIF log's results). Joined, the pieces are exactly that text;
 * alone, none is larger than one element, so a 100,000-profile report is redacted and written
 * without ever being one string.
 */
export function jsonPieces(value: unknown): string[] {
  const pieces: string[] = [];
  pushValue(pieces, value, "", 0);
  pieces[pieces.length - 1] += "\n";
  return pieces;
}

/** How many levels are cut into pieces; deeper values are stringified whole. */
const CUT_DEPTH = 2;

/** Appends `value` at `indent`, its first line continuing the last piece (after a key or at the start). */
function pushValue(pieces: string[], value: unknown, indent: string, depth: number): void {
  const container = depth < CUT_DEPTH ? asContainer(value) : undefined;
  if (!container) {
    const text = (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
    appendToLast(pieces, text);
    return;
  }
  const [open, close] = container.kind === "array" ? ["[", "]"] : ["{", "}"];
  if (container.entries.length === 0) {
    appendToLast(pieces, open + close);
    return;
  }
  appendToLast(pieces, `${open}\n`);
  const inner = `${indent}  `;
  container.entries.forEach(([key, member], i) => {
    pieces.push(key === undefined ? inner : `${inner}${JSON.stringify(key)}: `);
    pushValue(pieces, member, inner, depth + 1);
    appendToLast(pieces, i < container.entries.length - 1 ? ",\n" : "\n");
  });
  pieces.push(`${indent}${close}`);
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

function appendToLast(pieces: string[], text: string): void {
  if (pieces.length === 0) pieces.push(text);
  else pieces[pieces.length - 1] += text;
}
