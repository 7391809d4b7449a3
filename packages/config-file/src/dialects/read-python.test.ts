import { describe, expect, it } from "vitest";
import { readProfiles } from "./read-profiles.js";
import { doc, errorOf, plain, profilesOf } from "./test-support/doc.js";

const PATH = "/home/u/.databrickscfg";
const py = (text: string) => plain(profilesOf(text, "python", PATH).profiles);
const pyError = (text: string) => errorOf(text, "python", PATH);

describe("readProfiles python (configparser defaults) — reference §3 table", () => {
  it("has no inline comments and keeps quotes", () => {
    expect(py("[p]\npassword = %Y#X$Z # comment\n").p).toEqual({ password: "%Y#X$Z # comment" });
    expect(py('[p]\npassword = "%Y#X$Z" # comment\n').p).toEqual({ password: '"%Y#X$Z" # comment' });
    expect(py("[p]\nx = a#b\ny = a;b\n").p).toEqual({ x: "a#b", y: "a;b" });
    expect(py('[spn]\nazure_workspace_resource_id = "/a/b/c"\n').spn).toEqual({ azure_workspace_resource_id: '"/a/b/c"' });
  });

  it('keeps """…""" and `…` literally', () => {
    expect(py('[p]\nx = """abc"""\ny = `a#b`\n').p).toEqual({ x: '"""abc"""', y: "`a#b`" });
  });

  it("lower-cases keys (optionxform) but not section names", () => {
    expect(py("[P]\nHOST = https://x\n")).toEqual({ DEFAULT: {}, P: { host: "https://x" } });
  });

  it("splits at the first = or :", () => {
    expect(py("[p]\nhost: https://x\nz: a = b\n").p).toEqual({ host: "https://x", z: "a = b" });
  });

  it("fails on keys before the first section", () => {
    expect(pyError("host = https://top\n[p]\n")).toBe("File contains no section headers.\nfile: '/home/u/.databrickscfg', line: 1\n'host = https://top\\n'");
  });

  it("fails on a repeated section, but merges [DEFAULT]", () => {
    expect(pyError("[a]\nx = 1\n[b]\n[a]\n")).toBe("While reading from '/home/u/.databrickscfg' [line  4]: section 'a' already exists");
    expect(py("[DEFAULT]\nx = 1\n[DEFAULT]\ny = 2\n").DEFAULT).toEqual({ x: "1", y: "2" });
  });

  it("fails on a repeated key, also across case and across [DEFAULT] blocks", () => {
    expect(pyError("[a]\nx = 1\nX = 2\n")).toBe("While reading from '/home/u/.databrickscfg' [line  3]: option 'x' in section 'a' already exists");
    expect(pyError("[DEFAULT]\nx = 1\n[DEFAULT]\nx = 2\n")).toBe(
      "While reading from '/home/u/.databrickscfg' [line  4]: option 'x' in section 'DEFAULT' already exists",
    );
  });

  it("continues a value on deeper-indented lines, also after blank lines", () => {
    expect(py("[a]\nx = first\n  more\ny = 2\n").a).toEqual({ x: "first\nmore", y: "2" });
    expect(py("[a]\nx = first\n\n  k = v\n").a).toEqual({ x: "first\n\nk = v" });
    expect(py("[a]\nx = first\n  second\n\n\ny = 2\n").a).toEqual({ x: "first\nsecond", y: "2" });
    expect(py("[a]\nx = first\n  # comment\n  second\n").a).toEqual({ x: "first\nsecond" });
  });

  it("keeps a trailing backslash literally", () => {
    expect(py("[a]\nx = one \\\ny = 2\n").a).toEqual({ x: "one \\", y: "2" });
  });

  it("collects every line without a delimiter into one ParsingError", () => {
    expect(pyError("[a]\njustakey\n= value\nok = 1\nbad'quote\n")).toBe(
      "Source contains parsing errors: '/home/u/.databrickscfg'\n\t[line  2]: 'justakey\\n'\n\t[line  3]: '= value\\n'\n\t[line  5]: \"bad'quote\\n\"",
    );
  });

  it("fails on a UTF-8 BOM, which stays part of line 1", () => {
    expect(pyError("\ufeff[a]\nhost = x\n")).toBe("File contains no section headers.\nfile: '/home/u/.databrickscfg', line: 1\n'\\ufeff[a]\\n'");
  });

  it("keeps [default] and [DEFAULT] apart; DEFAULT is always present", () => {
    expect(py("[default]\nx = lower\n[DEFAULT]\nx = upper\n")).toEqual({ DEFAULT: { x: "upper" }, default: { x: "lower" } });
    expect(py("")).toEqual({ DEFAULT: {} });
    expect(py("# c\n; d\n\n")).toEqual({ DEFAULT: {} });
  });

  it("stores an empty value as an empty string", () => {
    expect(py("[a]\ntoken =\n").a).toEqual({ token: "" });
  });

  it("takes the section name up to the last ], and reads [] as a bad option line", () => {
    expect(Object.keys(py("[ a ]\nx = 1\n[b] tail\ny = 1\n[c]]\n"))).toEqual(["DEFAULT", " a ", "b", "c]"]);
    expect(pyError("[a]\n[]\n")).toBe("Source contains parsing errors: '/home/u/.databrickscfg'\n\t[line  2]: '[]\\n'");
  });

  it("strips Unicode whitespace (NBSP, NEL, \\x1c) but not U+200B, and keeps NUL", () => {
    expect(py("[a]\nx =\u00a0value\u0085\u001c\nz = \u200bzw\nn = a\u0000b\n").a).toEqual({ x: "value", z: "\u200bzw", n: "a\u0000b" });
  });

  it("quotes the path and lines as repr() does", () => {
    expect(errorOf("k = v\n", "python", "C:\\Users\\it's")).toBe("File contains no section headers.\nfile: \"C:\\\\Users\\\\it's\", line: 1\n'k = v\\n'");
    expect(errorOf("k = \u00e9\u2028\u{1f600}\t\u0007", "python")).toBe(
      "File contains no section headers.\nfile: '<string>', line: 1\n'k = \u00e9\\u2028\u{1f600}\\t\\x07'",
    );
    expect(errorOf("[a]\nbad\n", "python", "")).toBe("Required argument `source' not given.");
  });

  it("reads a huge file (20,000 profiles)", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `[p${i}]\nhost = https://h${i}\n`).join("");
    const result = profilesOf(text, "python", PATH);
    expect(Object.keys(result.profiles)).toHaveLength(20_001);
    expect(result.locations.p19999!.host).toEqual({ line: 40_000, column: 1 });
  });
});

describe("readProfiles python — universal newlines", () => {
  const expected = { DEFAULT: {}, a: { host: "https://x", token: "t" }, b: { x: "1" } };
  it.each([
    ["LF", "[a]\nhost = https://x\ntoken = t\n[b]\nx = 1\n"],
    ["CRLF", "[a]\r\nhost = https://x\r\ntoken = t\r\n[b]\r\nx = 1\r\n"],
    ["CR only", "[a]\rhost = https://x\rtoken = t\r[b]\rx = 1\r"],
    ["mixed", "[a]\r\nhost = https://x\rtoken = t\n[b]\n\rx = 1"],
  ])("reads %s the same", (_name, text) => {
    expect(py(text)).toEqual(expected);
  });

  it("numbers lines as universal newlines do, in errors and locations", () => {
    expect(pyError("[a]\rx = 1\r\nbad\r")).toBe("Source contains parsing errors: '/home/u/.databrickscfg'\n\t[line  3]: 'bad\\n'");
    expect(profilesOf("[a]\r\n\r  x = 1\n", "python").locations.a!.x).toEqual({ line: 3, column: 3 });
    expect(readProfiles(doc("[a]\nx = 1\nx = 2\n", PATH), "python")).toMatchObject({ location: { line: 3, column: 1 } });
  });
});
