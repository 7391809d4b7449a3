import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConfigEdit } from "./config-edit.js";
import { ConfigFileError } from "./errors.js";
import { parseConfigFile } from "./parse-config-file.js";
import { lineDiff, linesOf } from "./test-support/line-diff.js";

const lineArb = fc.constantFrom(
  "[a]", "[b]", "[DEFAULT]", "[__settings__]", "default_profile = a", "host = https://h", "HOST = x", "token: t",
  "  indented", "k = v # c", 'q = "x"', "= v", "[]", "# comment", "", "   ", "x\\", "\uFEFF[a]", "[a.b]", "plain",
);
const eolArb = fc.constantFrom("\n", "\r\n", "\r", "");
const textArb = fc.array(fc.tuple(lineArb, eolArb), { maxLength: 14 }).map((parts) => parts.map(([l, e]) => l + e).join(""));
const editArb: fc.Arbitrary<ConfigEdit> = fc.oneof(
  fc.record({ op: fc.constant("setValue" as const), profile: fc.constantFrom("a", "b", "DEFAULT", "new"), key: fc.constantFrom("host", "token", "k"), value: fc.constantFrom("v1", "https://x", "", "a#b") }),
  fc.record({ op: fc.constant("deleteKey" as const), profile: fc.constantFrom("a", "b"), key: fc.constantFrom("host", "k", "q") }),
  fc.record({ op: fc.constant("addProfile" as const), profile: fc.constantFrom("a", "c", "a.c"), values: fc.constant({ host: "https://c" }) }),
  fc.record({ op: fc.constant("removeProfile" as const), profile: fc.constantFrom("a", "b", "DEFAULT") }),
  fc.record({ op: fc.constant("renameProfile" as const), profile: fc.constantFrom("a", "b"), to: fc.constantFrom("z", "b") }),
  fc.record({ op: fc.constant("setDefaultProfile" as const), profile: fc.constantFrom("a", "b") }),
);

describe("edits on arbitrary messy files", () => {
  it("either apply, keeping all but a few lines byte-identical, or are refused with a ConfigFileError and change nothing (600 runs)", () => {
    fc.assert(
      fc.property(textArb, editArb, (text, edit) => {
        const doc = parseConfigFile(text);
        try {
          doc.apply(edit);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigFileError);
          expect(doc.toString()).toBe(text);
          expect(doc.edits).toHaveLength(0);
          return;
        }
        const { removed, added } = lineDiff(linesOf(parseConfigFile(text)), linesOf(doc));
        const blockSize = parseConfigFile(text).lines.length;
        if (edit.op !== "removeProfile") expect(removed.length).toBeLessThanOrEqual(edit.op === "deleteKey" || edit.op === "renameProfile" ? blockSize : 3);
        expect(added.length).toBeLessThanOrEqual(5);
        expect(doc.edits).toEqual([edit]);
      }),
      { numRuns: 600 },
    );
  });
});
