import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfigFile } from "./parse-config-file.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allFixtures, conformanceDir } from "./test-support/fixtures.js";

const iniFragment = fc.constantFrom(
  "[DEFAULT]",
  "[a]",
  "[ a ]",
  "[]",
  "[a.b]",
  "[__settings__]",
  "host = https://x",
  "token=abc",
  "k: v",
  "= v",
  "  indented",
  "\tx = y",
  "# c",
  "; c",
  "a = b # c",
  'p = "q"',
  "v = a\\",
  "\uFEFF",
  "\u0000",
  "\r",
  "\n",
  "\r\n",
  " ",
  "\t",
  "=",
  ":",
  "[",
  "]",
  "\u2028",
  "é",
  "\ud800",
);
const iniLike = fc.array(fc.oneof(iniFragment, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(""));

/**
 * `toString()` of an unedited document returns the stored input, so comparing it with the input
 * proves nothing. What must hold: the parsed lines joined back (text + own line ending) are the
 * input, and a no-op edit — which rebuilds the text from the typed lines through the edit engine —
 * leaves it unchanged.
 */
function expectRebuiltExactly(text: string, label?: string): void {
  const doc = parseConfigFile(text);
  expect(doc.lines.map((l) => l.raw + l.eol).join(""), label).toBe(text);
  doc.deleteKey(doc.sectionNames()[0] ?? "no-such-profile", "dbcfg_no_such_key");
  expect(doc.edits, label).toHaveLength(1);
  expect(doc.toString(), label).toBe(text);
}

describe("parseConfigFile is lossless", () => {
  it("rebuilds any string byte for byte from its lines, and after a no-op edit (2,000 arbitrary strings)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => expectRebuiltExactly(text)),
      { numRuns: 2_000 },
    );
  });

  it("rebuilds ini-shaped text with every awkward construct (2,000 runs) and finds diagnostics without throwing", () => {
    fc.assert(
      fc.property(iniLike, (text) => {
        expectRebuiltExactly(text);
        for (const d of parseConfigFile(text).diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("rebuilds every fixture exactly", () => {
    for (const fixture of allFixtures()) expectRebuiltExactly(fixture.text, fixture.name);
  });

  it("rebuilds 10 MB of binary garbage with NUL bytes", () => {
    const chunk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    const text = chunk.repeat(Math.ceil((10 * 1024 * 1024) / chunk.length));
    expectRebuiltExactly(text);
    expect(parseConfigFile(text).diagnostics.length).toBeGreaterThan(0);
  });

  it("keeps each line's own ending: \\r\\n, \\n, lone \\r, none", () => {
    const doc = parseConfigFile("[a]\r\nx = 1\ny = 2\rz = 3");
    expect(doc.lines.map((l) => l.eol)).toEqual(["\r\n", "\n", "\r", ""]);
    expect(doc.lines.map((l) => l.raw)).toEqual(["[a]", "x = 1", "y = 2", "z = 3"]);
  });
});

describe("line model", () => {
  it("types lines and records exact spans", () => {
    const doc = parseConfigFile("; c\n\n[work]  \n  host\t=  https://h  \nbad line\n   more\n");
    const [comment, blank, section, entry, invalid, continuation] = doc.lines;
    expect(comment?.kind).toBe("comment");
    expect(blank?.kind).toBe("blank");
    expect(section).toMatchObject({ kind: "section", name: "work", nameStart: 1, nameEnd: 5, trailing: "" });
    expect(entry).toMatchObject({ kind: "entry", key: "host", keyStart: 2, delimiter: "=", value: "https://h", section: "work" });
    if (entry?.kind !== "entry") throw new Error("not an entry");
    expect(entry.raw.slice(entry.valueStart, entry.valueEnd)).toBe("https://h");
    expect(invalid).toMatchObject({ kind: "invalid", reason: "missing-delimiter" });
    expect(continuation).toMatchObject({ kind: "continuation", ownerLine: 4 });
  });

  it("reads the section name up to the last ] like Go and Python", () => {
    const doc = parseConfigFile("[a]b] tail\n");
    expect(doc.lines[0]).toMatchObject({ kind: "section", name: "a]b", trailing: "tail" });
  });

  it("follows Python's indentation rule for continuation lines", () => {
    const doc = parseConfigFile("[a]\n  x = 1\n  y = 2\n    z\n\n      w = 3\n[b]\n");
    expect(doc.lines.map((l) => l.kind)).toEqual(["section", "entry", "entry", "continuation", "blank", "continuation", "section"]);
  });

  it("lists profiles without [__settings__] and reads values as the CLI does", () => {
    const doc = parseConfigFile('[__settings__]\ndefault_profile = b\n[a]\nhost = "https://q" # c\n[b]\n[a]\nHOST = https://last\n');
    expect(doc.profileNames()).toEqual(["a", "b"]);
    expect(doc.sectionNames()).toEqual(["__settings__", "a", "b"]);
    expect(doc.getValue("a", "host")).toBe("https://last");
    expect(doc.getDefaultProfile()).toBe("b");
    expect(doc.hasProfile("b")).toBe(true);
    expect(doc.getValue("missing", "host")).toBeUndefined();
  });

  it("finds every line that sets a key in a profile, across its sections, in file order", () => {
    const doc = parseConfigFile("host = https://top\n[a]\nhost = https://one\n[b]\nhost = https://b\n[a]\nHOST = https://two\n");
    expect(doc.findEntries("a", "Host").map((line) => line.number)).toEqual([3, 7]);
    expect(doc.findEntry("a", "host")?.number).toBe(7);
    expect(doc.findEntries("missing", "host")).toEqual([]);
  });

  it("finds the indented lines Python appends to a value, across blank and comment lines, and no others", () => {
    const doc = parseConfigFile("[a]\ntoken = abc\n  def\n\n# note\n  ghi\nhost = x\n  jkl\n");
    expect(doc.continuationsOf(doc.findEntry("a", "token")!).map((line) => [line.number, line.raw.trim()])).toEqual([
      [3, "def"],
      [6, "ghi"],
    ]);
    expect(doc.continuationsOf(doc.findEntry("a", "host")!).map((line) => line.number)).toEqual([8]);
  });
});

describe("conformance: mode 'parse' vectors", () => {
  interface Vector {
    name: string;
    mode: string;
    configFile: string | null;
    explicit: { profile?: string };
    expect: { attrs?: Record<string, string> };
  }
  const vectors = (JSON.parse(readFileSync(join(conformanceDir, "auth-vectors.json"), "utf8")) as Vector[]).filter((v) => v.mode === "parse");

  it("has the parse vectors", () => expect(vectors.length).toBeGreaterThanOrEqual(3));

  it.each(vectors.map((v) => [v.name, v] as const))("%s: getValue reads what the Go SDK reads", (_name, vector) => {
    const doc = parseConfigFile(readFileSync(join(conformanceDir, vector.configFile!), "utf8"));
    for (const [key, value] of Object.entries(vector.expect.attrs ?? {})) {
      expect(doc.getValue(vector.explicit.profile!, key)).toBe(value);
    }
  });
});
