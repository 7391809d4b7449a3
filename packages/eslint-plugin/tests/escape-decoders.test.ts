import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cookRaw } from "../src/util/cook-raw.js";
import { tokenText } from "../src/util/token-text.js";

/**
 * `cookRaw` (escapes with offsets, for locating a token) and `tokenText` (escapes in one regex
 * pass, for the cheap per-file word test) decode the same JavaScript escapes; on every raw
 * text the parser accepts they must give the same value.
 */
const fragment = fc.oneof(
  fc.constantFrom("\\n", "\\t", "\\b", "\\v", "\\0", "\\'", '\\"', "\\\\", "\\\n", "\\\r\n", "\\\u2028", "\\q", "\\$", "\\`"),
  fc.constantFrom("\\x64", "\\x4G", "\\u0064", "\\u{64}", "\\u{10FFFF}", "\\u{110000}", "\\u00", "\\7", "\\12", "\\377", "\\400", "\\08", "\\1a"),
  fc.string({ maxLength: 6 }).filter((s) => !/[\\"`&]|\$\{/.test(s)),
  fc.constantFrom("\r", "\r\n", "\n", "\u2028"),
  fc.constantFrom("dapi", "0123456789abcdef"),
);
const raw = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(""));

describe("the two escape decoders agree", () => {
  it("on string literals", () => {
    fc.assert(
      fc.property(raw, (text) => {
        const cooked = cookRaw(text, "string");
        if (cooked !== null) expect(tokenText("String", `"${text}"`)).toBe(cooked.cooked);
      }),
      { numRuns: 2000 },
    );
  });

  it("on template quasis", () => {
    fc.assert(
      fc.property(raw, (text) => {
        const cooked = cookRaw(text, "template");
        if (cooked !== null) expect(tokenText("Template", `\`${text}\``)).toBe(cooked.cooked);
      }),
      { numRuns: 2000 },
    );
  });

  it("and each rejects or decodes what the other does on a planted escaped token", () => {
    const text = "\\x64\\u0061\\u{70}i";
    expect(cookRaw(text, "string")?.cooked).toBe("dapi");
    expect(tokenText("String", `'${text}'`)).toBe("dapi");
  });
});
