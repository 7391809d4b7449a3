import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonLossless } from "./lossless-json.js";

describe("parseJsonLossless", () => {
  it("keeps an integer just beyond 2^53 exact as a bigint", () => {
    const value = parseJsonLossless('{"created_by_id": 9007199254740993}') as { created_by_id: unknown };
    expect(value.created_by_id).toBe(9007199254740993n);
    // JSON.parse would have rounded it to …992: the reason this parser exists.
    expect((JSON.parse('{"a": 9007199254740993}') as { a: number }).a).toBe(9007199254740992);
  });

  it("leaves safe integers, including 2^53 − 1 and 16-digit ids, as numbers", () => {
    expect(parseJsonLossless("[9007199254740991, 5750939285643220, -1, 0, 1626286601651]")).toEqual([9007199254740991, 5750939285643220, -1, 0, 1626286601651]);
  });

  it("handles negative, nested and several unsafe integers in one body", () => {
    const text = '{"a":[-9223372036854775808,{"b":9223372036854775807}],"c":18446744073709551615}';
    expect(parseJsonLossless(text)).toEqual({ a: [-9223372036854775808n, { b: 9223372036854775807n }], c: 18446744073709551615n });
  });

  it("does not touch digits inside strings, escaped quotes included", () => {
    const text = '{"s":"9007199254740993","t":"say \\"12345678901234567890\\" twice","n":12345678901234567890}';
    expect(parseJsonLossless(text)).toEqual({ s: "9007199254740993", t: 'say "12345678901234567890" twice', n: 12345678901234567890n });
  });

  it("leaves long fractions and exponents to JSON.parse (they are not int64 ids)", () => {
    const text = "[1.2345678901234567890, 12345678901234567890e2]";
    expect(parseJsonLossless(text)).toEqual(JSON.parse(text));
  });

  it("throws SyntaxError on malformed and truncated JSON, with or without long numbers", () => {
    expect(() => parseJsonLossless('{"token_infos": [')).toThrow(SyntaxError);
    expect(() => parseJsonLossless('{"id": 90071992547409934,')).toThrow(SyntaxError);
    expect(() => parseJsonLossless("not json")).toThrow(SyntaxError);
  });

  it("round-trips any 64-bit integer exactly (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n }), fc.string(), (n, s) => {
        const parsed = parseJsonLossless(`{"s":${JSON.stringify(s)},"n":${n.toString()}}`) as { s: string; n: number | bigint };
        expect(parsed.s).toBe(s);
        expect(BigInt(parsed.n)).toBe(n);
        expect(typeof parsed.n).toBe(Number.isSafeInteger(Number(n)) && BigInt(Number(n)) === n ? "number" : "bigint");
      }),
    );
  });
});
