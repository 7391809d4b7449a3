import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findPats, isPat, isPlaceholderPat, PAT_PATTERN } from "./index.js";
import { isPlaceholderBody } from "./placeholder.js";
import { scanPats } from "./find-pats.js";

// Fake tokens are assembled at run time so that no token-shaped literal sits in the source.
const PREFIX = ["d", "a", "p", "i"].join("");
const BODY = "3f9c2a7be1d04c58a6e2b7d91f0c4a8e";
// eslint-disable-next-line @dbcfg/no-hardcoded-pat -- fake token assembled at run time for the grammar tests
const TOKEN = PREFIX + BODY;

/** The grammar as the reference states it, applied with the platform regex engine, plus E1. */
function oracle(text: string): string[] {
  return [...text.matchAll(PAT_PATTERN)].map((m) => m[0]).filter((t) => !isPlaceholderBody(t.slice(4, 36)));
}

describe("findPats", () => {
  it("finds a token with its index and length", () => {
    expect(findPats(`token = ${TOKEN}\n`)).toEqual([{ token: TOKEN, index: 8, length: 36 }]);
  });

  it("keeps the Azure -<digit> suffix as part of the token", () => {
    // eslint-disable-next-line @dbcfg/no-hardcoded-pat -- fake token assembled at run time for the grammar tests
    expect(findPats(`${TOKEN}-2 x`)[0]?.token).toBe(`${TOKEN}-2`);
    expect(findPats(`${TOKEN}-2x`)[0]?.token).toBe(TOKEN);
    expect(findPats(`${TOKEN}-23`)[0]?.token).toBe(TOKEN);
  });

  it("reports the same token twice as two findings", () => {
    expect(findPats(`${TOKEN} ${TOKEN}`)).toHaveLength(2);
  });

  it.each([
    ["upper-case hex", PREFIX + BODY.toUpperCase()],
    ["upper-case prefix", "DAPI" + BODY],
    ["31 hex", PREFIX + BODY.slice(1)],
    ["33 hex", PREFIX + BODY + "a"],
    ["glued letter", "x" + TOKEN],
    ["glued underscore", "_" + TOKEN],
    ["glued digit", "9" + TOKEN],
    ["followed by g", TOKEN + "g"],
    ["followed by _old", TOKEN + "_old"],
    ["OAuth secret", "dose" + BODY],
    ["regex describing the shape", "/dapi[0-9a-f]{32}/"],
    ["placeholder text", PREFIX + "<your-token>"],
    ["mask", PREFIX + "…1a2b"],
    ["bare hash", BODY + "abcdefgh"],
    ["identifier", PREFIX + "Client"],
  ])("does not flag %s", (_name, text) => {
    expect(findPats(text)).toEqual([]);
  });

  it.each([
    ["all zeros", "0".repeat(32)],
    ["hex alphabet twice", "0123456789abcdef".repeat(2)],
    ["the docs' example", "12345678901234567890123456789012"],
    ["deadbeef x4", "deadbeef".repeat(4)],
    ["one distinct digit at the end", "0".repeat(31) + "1"],
  ])("excludes the placeholder %s (E1)", (_name, body) => {
    expect(findPats(PREFIX + body)).toEqual([]);
    expect(isPlaceholderPat(PREFIX + body)).toBe(true);
  });

  it("agrees with the grammar on generated strings", () => {
    const pieces = fc.constantFrom(PREFIX, TOKEN, BODY, "-", "-2", "_", "x", " ", "'", "a", "0", "f", "g", "A", "\n", "…", PREFIX + "0".repeat(32));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.string(), (parts, noise) => {
        const text = parts.join("") + noise;
        expect(findPats(text).map((m) => m.token)).toEqual(oracle(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the grammar on random hex-rich text", () => {
    const hexish = fc.string({ unit: fc.constantFrom(..."dapi0123456789abcdef-_ x"), maxLength: 200 });
    fc.assert(
      fc.property(hexish, (text) => {
        expect(findPats(text).map((m) => m.token)).toEqual(oracle(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isPat", () => {
  it("accepts exactly one token and nothing else", () => {
    expect(isPat(TOKEN)).toBe(true);
    // eslint-disable-next-line @dbcfg/no-hardcoded-pat -- fake token assembled at run time for the grammar tests
    expect(isPat(`${TOKEN}-3`)).toBe(true);
    expect(isPat(` ${TOKEN}`)).toBe(false);
    expect(isPat(`${TOKEN}x`)).toBe(false);
    expect(isPat(PREFIX + "0".repeat(32))).toBe(false);
  });
});

describe("linear time", () => {
  function stepsFor(text: string): number {
    let steps = 0;
    scanPats(text, { onStep: () => steps++ });
    return steps;
  }

  it.each([
    ["repeated prefixes", (n: number) => PREFIX.repeat(n / 4)],
    ["near-miss tokens", (n: number) => (PREFIX + BODY.slice(0, 31) + "g").repeat(n / 36)],
    ["glued tokens", (n: number) => ("x" + TOKEN).repeat(n / 37)],
    ["hex runs", (n: number) => (PREFIX + "a".repeat(60)).repeat(n / 64)],
  ])("does work proportional to input size on %s, up to 10 MB", (_name, make) => {
    const small = stepsFor(make(1_000_000));
    const large = stepsFor(make(10_000_000));
    expect(small).toBeGreaterThan(0);
    // Ten times the input must cost about ten times the work (never quadratic).
    expect(large / small).toBeGreaterThan(9);
    expect(large / small).toBeLessThan(11);
    // And each character is inspected a bounded number of times.
    expect(large).toBeLessThan(10 * 10_000_000);
  });
});
