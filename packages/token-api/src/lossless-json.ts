import { randomUUID } from "node:crypto";

/**
 * A value position (after `:`, `[` or `,`) holding 16+ digits: only then can an integer exceed
 * 2^53 − 1. Digit runs inside strings (hex token ids) rarely match this, so most bodies skip the scan.
 */
const MAYBE_UNSAFE_INTEGER = /[:[,]\s*-?\d{16}/;
/** JSON strings (consumed whole, so digits inside them are left alone) and number literals. */
const STRING_OR_NUMBER = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Prefix of the temporary string that carries an unsafe integer through `JSON.parse`. */
const MARKER = `\u0000int64:${randomUUID()}:`;
const ESCAPED_MARKER = JSON.stringify(MARKER).slice(1, -1);

/**
 * `JSON.parse` that loses no integer: a literal beyond ±(2^53 − 1) becomes a `bigint`, every
 * other number a `number`. Node 20's `JSON.parse` cannot show a reviver the source text, so the
 * text is pre-scanned: unsafe integer literals outside strings are rewritten as marked strings and
 * turned into `bigint`s by the reviver. Bodies with no 16-digit value skip all of that.
 * Throws `SyntaxError` for invalid JSON, like `JSON.parse`.
 */
export function parseJsonLossless(text: string): unknown {
  if (!MAYBE_UNSAFE_INTEGER.test(text)) return JSON.parse(text);
  const rewritten = quoteUnsafeIntegers(text);
  if (rewritten === undefined) return JSON.parse(text);
  return JSON.parse(rewritten, (_key, value: unknown) => (typeof value === "string" && value.startsWith(MARKER) ? BigInt(value.slice(MARKER.length)) : value));
}

/** The text with every unsafe integer literal quoted and marked, or `undefined` when there is none. */
function quoteUnsafeIntegers(text: string): string | undefined {
  let changed = false;
  const out = text.replace(STRING_OR_NUMBER, (token) => {
    if (token.charCodeAt(0) === 0x22 || !isUnsafeInteger(token)) return token;
    changed = true;
    return `"${ESCAPED_MARKER}${token}"`;
  });
  return changed ? out : undefined;
}

function isUnsafeInteger(literal: string): boolean {
  if (!/^-?(?:0|[1-9]\d*)$/.test(literal)) return false;
  const digits = literal.startsWith("-") ? literal.slice(1) : literal;
  if (digits.length < 16) return false;
  return BigInt(digits) > MAX_SAFE;
}
