import { describe, expect, it } from "vitest";
import { LineIndex } from "./line-index.js";

describe("LineIndex", () => {
  it("counts lines as ESLint does (\\n, \\r\\n, \\r, U+2028, U+2029) and maps both ways", () => {
    const text = "a\nbb\r\nccc\rd\u2028e\u2029f";
    const index = new LineIndex(text);
    const offsets = ["a", "bb", "ccc", "d", "e", "f"].map((s) => text.indexOf(s));
    expect(offsets.map((o) => index.locate(o))).toEqual([1, 2, 3, 4, 5, 6].map((line) => ({ line, column: 1 })));
    expect(index.locate(text.indexOf("ccc") + 2)).toEqual({ line: 3, column: 3 });
    expect(index.offsetOf(3, 3)).toBe(text.indexOf("ccc") + 2);
  });
});
