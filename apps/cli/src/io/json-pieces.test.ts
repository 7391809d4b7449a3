import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces } from "./json-pieces.js";

describe("jsonPieces", () => {
  it("joins to exactly JSON.stringify(value, null, 2) plus a line break, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2) + "\n");
      }),
      { numRuns: 500 },
    );
  });

  it("cuts a report into one piece per check, each ending at a line break", () => {
    const report = { schemaVersion: 1, checks: [{ id: "a", message: "one" }, { id: "b", nested: { list: [1, 2] } }, []], summary: { pass: 2 } };
    const pieces = [...jsonPieces(report)];
    expect(pieces.join("")).toBe(JSON.stringify(report, null, 2) + "\n");
    expect(pieces.every((piece) => piece.endsWith("\n"))).toBe(true);
    expect(pieces.filter((piece) => piece.includes('"id"'))).toHaveLength(2);
  });

  it("leaves out what JSON.stringify leaves out and honours toJSON", () => {
    const value = { a: undefined, f: () => 1, list: [undefined, () => 2, 3], when: new Date(0), custom: { toJSON: () => "x" } };
    expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2) + "\n");
    expect([...jsonPieces(undefined)].join("")).toBe("null\n");
  });
});
