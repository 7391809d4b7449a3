import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PLACEHOLDER_PERIOD, MIN_DISTINCT_CHARACTERS, isPlaceholderBody } from "./placeholder.js";

/**
 * Rule E1 as it reads: fewer than 6 distinct characters (code points), or a period of at most 16
 * (UTF-16 code units, every position compared).
 */
function reference(body: string): boolean {
  if (new Set(body).size < MIN_DISTINCT_CHARACTERS) return true;
  for (let period = 1; period <= MAX_PLACEHOLDER_PERIOD; period++) {
    const offsets = Array.from({ length: Math.max(0, body.length - period) }, (_, i) => i);
    if (offsets.every((i) => body.charCodeAt(i + period) === body.charCodeAt(i))) return true;
  }
  return false;
}

describe("isPlaceholderBody", () => {
  it("draws the line between 5 and 6 distinct characters", () => {
    expect(isPlaceholderBody("abcde".repeat(6) + "ab")).toBe(true);
    expect(isPlaceholderBody("abcde".repeat(6) + "af")).toBe(false);
    expect(isPlaceholderBody("f" + "abcde".repeat(6) + "a")).toBe(false);
  });

  it("counts a character outside the BMP once, as rule E1 counts characters", () => {
    // Five code points, seven UTF-16 code units, no period: a placeholder only by code points.
    expect(isPlaceholderBody("😀😀😁😂😂😂🤣😃😃")).toBe(true);
    expect(isPlaceholderBody("😀😀😁😂😂😂🤣😃😃x")).toBe(false);
  });

  it("compares every code unit for a period, also after characters outside the BMP", () => {
    // Six code points; in code units the tail breaks period 2 only at its last character.
    const body = "\u{10fc00}\u0000\u{10000}\u{10000}\u{10000}\u{10000}\u{10001}\u{10002}\u{10fc01}";
    expect(isPlaceholderBody(body)).toBe(false);
    expect(reference(body)).toBe(false);
  });

  it("agrees with the rule as written on hex bodies and on any text", () => {
    const hexBody = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 });
    const fewCharacters = fc.string({ unit: fc.constantFrom(..."0123456"), minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(fc.oneof(hexBody, fewCharacters, fc.string({ unit: "binary", maxLength: 40 })), (body) => {
        expect(isPlaceholderBody(body)).toBe(reference(body));
      }),
      { numRuns: 3000 },
    );
  });
});
