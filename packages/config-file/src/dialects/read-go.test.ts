import { describe, expect, it } from "vitest";
import { readProfiles } from "./read-profiles.js";
import { doc, errorOf, plain, profilesOf } from "./test-support/doc.js";

const go = (text: string) => plain(profilesOf(text, "go").profiles);

describe("readProfiles go (gopkg.in/ini.v1, SpaceBeforeInlineComment) — reference §3 table", () => {
  it("strips an inline comment that follows a space, then one pair of quotes", () => {
    expect(go("[p]\npassword = %Y#X$Z # comment\n").p).toEqual({ password: "%Y#X$Z" });
    expect(go('[p]\npassword = "%Y#X$Z" # comment\n').p).toEqual({ password: "%Y#X$Z" });
    expect(go("[p]\npassword = '%Y#X$Z' # comment\n").p).toEqual({ password: "%Y#X$Z" });
    expect(go("[p]\nx = value ;c\n").p).toEqual({ x: "value" });
  });

  it("keeps # and ; that do not follow a space", () => {
    expect(go("[p]\nx = a#b\ny = a;b\n").p).toEqual({ x: "a#b", y: "a;b" });
  });

  it("looks for ' #' before ' ;', and only a space (not a tab) starts a comment", () => {
    expect(go("[p]\nx = a ;b #c\n").p).toEqual({ x: "a ;b" });
    expect(go("[p]\nx = a\t#b\n").p).toEqual({ x: "a\t#b" });
  });

  it("strips the quotes of azure_workspace_resource_id (testdata/azure)", () => {
    expect(go('[spn]\nazure_workspace_resource_id = "/a/b/c"\n').spn).toEqual({ azure_workspace_resource_id: "/a/b/c" });
  });

  it("keeps quotes that also occur inside, or that do not match", () => {
    expect(go('[p]\nx = "a"b"\ny = \'a"\nz = "\n').p).toEqual({ x: '"a"b"', y: "'a\"", z: '"' });
  });

  it('reads """…""" and `…` values, which may span lines and hide # and ;', () => {
    expect(go('[p]\nx = """abc"""\ny = `a#b`\n').p).toEqual({ x: "abc", y: "a#b" });
    expect(go('[p]\nx = """one\ntwo"""\nz = 1\n').p).toEqual({ x: "one\ntwo", z: "1" });
    expect(go("[p]\nx = `one\ntwo` rest\n").p).toEqual({ x: "one\ntwo" });
  });

  it("keeps the key's case: HOST is not host", () => {
    expect(go("[p]\nHOST = https://x\n").p).toEqual({ HOST: "https://x" });
  });

  it("splits at the first = or :", () => {
    expect(go("[p]\nhost: https://x\ny = a:b\nz: a = b\n").p).toEqual({ host: "https://x", y: "a:b", z: "a = b" });
  });

  it("puts keys before the first section into DEFAULT", () => {
    expect(go("host = https://top\n[p]\ntoken = t\n")).toEqual({ DEFAULT: { host: "https://top" }, p: { token: "t" } });
  });

  it("merges a repeated section, [DEFAULT] too, and lets the last duplicate key win in place", () => {
    expect(go("[a]\nx = 1\n[b]\ny = 2\n[a]\nz = 3\nx = 4\n")).toEqual({ DEFAULT: {}, a: { x: "4", z: "3" }, b: { y: "2" } });
    expect(go("[DEFAULT]\nx = 1\n[DEFAULT]\ny = 2\n").DEFAULT).toEqual({ x: "1", y: "2" });
    const result = profilesOf("[a]\nx = 1\nx = 2\n", "go");
    expect(result.locations.a!.x).toEqual({ line: 3, column: 1 });
  });

  it("parses an indented line as a new key, so a bare one is an error", () => {
    expect(errorOf("[a]\nx = first\n  more\n", "go")).toBe("key-value delimiter not found: more\n");
    expect(go("[a]\nx = first\n\n  k = v\n").a).toEqual({ x: "first", k: "v" });
  });

  it("joins a line ending in \\ with the trimmed next lines, up to a blank line", () => {
    expect(go("[a]\nx = one \\\n  two\\\n three\ny = 2\n").a).toEqual({ x: "one twothree", y: "2" });
    expect(go("[a]\nx = one\\\n\ny = 2\n").a).toEqual({ x: "one", y: "2" });
    expect(go("[a]\nx = a # c \\\nb\n").a).toEqual({ x: "a # c b" });
  });

  it("fails on a line with no delimiter, and on an empty key name (ini.v1 ≥ 1.66.6)", () => {
    expect(errorOf("[a]\njustakey\n", "go")).toBe("key-value delimiter not found: justakey\n");
    expect(errorOf("[a]\n= value\n", "go")).toBe("empty key name: = value\n");
    expect(errorOf('[a]\n"" = value\n', "go")).toBe("error creating new key: empty key name");
  });

  it("strips a UTF-8 BOM", () => {
    expect(go("\ufeff[a]\nhost = https://bom\n").a).toEqual({ host: "https://bom" });
    expect(profilesOf("\ufeff[a]\nhost = x\n", "go").locations.a!.host).toEqual({ line: 2, column: 1 });
  });

  it("keeps [default] and [DEFAULT] apart", () => {
    expect(go("[default]\nx = lower\n[DEFAULT]\nx = upper\n")).toEqual({ DEFAULT: { x: "upper" }, default: { x: "lower" } });
  });

  it("reads an empty value as an empty string", () => {
    expect(go("[a]\ntoken =\n").a).toEqual({ token: "" });
  });

  it("takes the section name up to the last ], untrimmed, and rejects []", () => {
    expect(Object.keys(go("[ a ]\nx = 1\n[b] tail ; c\n[c]]\n"))).toEqual(["DEFAULT", " a ", "b", "c]"]);
    expect(errorOf("[]\nx = 1\n", "go")).toBe("empty section name");
    expect(errorOf("[a\nx = 1\n", "go")).toBe("unclosed section: [a\n");
  });

  it("reads quoted keys, auto-increment keys and comments", () => {
    expect(go('[a]\n"quoted key" = 1\n`tick` = 2\n"""triple""" = 3\n"k" junk = 4\n# c\n; d\n').a).toEqual({
      "quoted key": "1",
      tick: "2",
      triple: "3",
      k: "4",
    });
    expect(go("[a]\n- = one\n- = two\n[b]\n- = three\n")).toEqual({ DEFAULT: {}, a: { "#1": "one", "#2": "two" }, b: { "#1": "three" } });
    expect(errorOf('[a]\n"open = 1\n', "go")).toBe('missing closing key quote: "open = 1\n');
  });

  it("reports an unclosed multi-line value with Go's %q quoting", () => {
    expect(errorOf('[a]\nx = """never closed\ny = 1\n', "go")).toBe(String.raw`missing closing key quote from "\"\"\"never closed\n" to ""`);
    expect(errorOf("[a]\nx = `tab\there\u00a0", "go")).toBe(String.raw`missing closing key quote from "` + "`" + String.raw`tab\there\u00a0" to ""`);
  });

  it('depends on the newline after a lone """ as ini.v1 does', () => {
    expect(go('[a]\nx = """').a).toEqual({ x: '"""' });
    expect(errorOf('[a]\nx = """\n', "go")).toBe(String.raw`missing closing key quote from "\"\"\"\n" to ""`);
  });

  it("trims Unicode spaces (NBSP, ideographic space, NEL) but not U+200B", () => {
    expect(go("[a]\nx =\u00a0value\u00a0\n\u3000y = 2\nz = \u0085nel\nw = \u200bzw\n").a).toEqual({ x: "value", y: "2", z: "nel", w: "\u200bzw" });
  });

  it("reads NUL bytes as ordinary characters", () => {
    expect(go("[a]\nhost = https://x\u0000y\nk\u0000 = v\n").a).toEqual({ host: "https://x\u0000y", "k\u0000": "v" });
  });

  it("reads an empty file, or comments only, as an empty DEFAULT", () => {
    expect(go("")).toEqual({ DEFAULT: {} });
    expect(go("# c\n; d\n\n")).toEqual({ DEFAULT: {} });
  });

  it("keeps __proto__ and other Object.prototype names as plain data", () => {
    const result = profilesOf("[__proto__]\nx = 1\n[constructor]\n__proto__ = 2\n", "go").profiles;
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(result["__proto__"]!.x).toBe("1");
    expect(result["constructor"]!["__proto__"]).toBe("2");
  });

  it("reads a huge file (20,000 profiles) without trouble", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `[p${i}]\nhost = https://h${i}\ntoken = t${i}\n`).join("\n");
    const result = profilesOf(text, "go");
    expect(Object.keys(result.profiles)).toHaveLength(20_001);
    expect(result.profiles.p19999).toEqual({ host: "https://h19999", token: "t19999" });
    expect(result.locations.p19999!.token).toEqual({ line: 4 * 19_999 + 3, column: 1 });
  });
});

describe("readProfiles go — line endings", () => {
  it("reads CRLF like LF: the \\r is trimmed", () => {
    expect(go('[a]\r\nhost = https://crlf\r\ntoken = t # c\r\n\r\n[b]\r\nx = """q"""\r\n')).toEqual({
      DEFAULT: {},
      a: { host: "https://crlf", token: "t" },
      b: { x: "q" },
    });
  });

  it("does not end a line at a lone \\r (bufio reads up to \\n)", () => {
    expect(go("[a]\rhost = https://cr\rtoken = t\n")).toEqual({ DEFAULT: {}, a: {} });
    expect(go("[a]\nx = 1\ry = 2\n").a).toEqual({ x: "1\ry = 2" });
  });

  it("reads mixed endings line by line at \\n only", () => {
    expect(go("[a]\r\nhost = https://mixed\rtoken = t\n[b]\n\rx = 1\r\n")).toEqual({
      DEFAULT: {},
      a: { host: "https://mixed\rtoken = t" },
      b: { x: "1" },
    });
  });
});

describe("readProfiles go — locations and error locations", () => {
  it("points at the key of the winning line, counting lines as editors do", () => {
    const result = profilesOf("[a]\r\n  host = x\rtoken = y\n", "go");
    expect(result.locations.a!.host).toEqual({ line: 2, column: 3 });
    expect(result.profiles.a).toEqual({ host: "x\rtoken = y" });
  });

  it("says where the parser stopped", () => {
    expect(readProfiles(doc("[a]\nx = 1\n  oops\n"), "go")).toMatchObject({ location: { line: 3, column: 3 } });
  });
});
