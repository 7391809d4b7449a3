import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readProfiles } from "./read-profiles.js";
import { configText } from "./test-support/config-text-arbitrary.js";
import { doc } from "./test-support/doc.js";
import { DIALECTS, type Dialect } from "./types.js";

describe("readProfiles", () => {
  it("never throws, whatever the text: it returns profiles or an error string", () => {
    const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), configText);
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DIALECTS), (text, dialect) => {
        const result = readProfiles(doc(text, "/cfg"), dialect);
        if ("error" in result) expect(typeof result.error).toBe("string");
        else expect(typeof result.profiles).toBe("object");
      }),
      { numRuns: 1500 },
    );
  });

  it("reads the same text the same way every time (no state kept between calls)", () => {
    const text = "[a]\nx = 1 # c\ny = '2'\n";
    for (const dialect of DIALECTS) expect(readProfiles(doc(text), dialect)).toEqual(readProfiles(doc(text), dialect));
  });

  it("names the three dialects when given another", () => {
    expect(() => readProfiles(doc(""), "rust" as Dialect)).toThrow('readProfiles: unknown dialect "rust"; expected "go", "python" or "js"');
  });
});
