import { describe, expect, it } from "vitest";
import { readProfiles } from "./read-profiles.js";
import { doc, plain, profilesOf } from "./test-support/doc.js";

const js = (text: string) => plain(profilesOf(text, "js").profiles);

describe("readProfiles js (npm ini + the SDK's flattenIniObject) — reference §3 table", () => {
  it("cuts the value at the first # or ; even without a space, and unquotes", () => {
    expect(js("[p]\npassword = %Y#X$Z # comment\nx = a;b\n").p).toEqual({ password: "%Y", x: "a" });
    expect(js('[p]\npassword = "%Y#X$Z" # comment\n').p).toEqual({ password: '"%Y' });
    expect(js("[p]\npassword = \"%Y#X$Z\"\nsingle = 'x'\n").p).toEqual({ password: "%Y#X$Z", single: "x" });
    expect(js("[p]\nx = a\\#b\n").p).toEqual({ x: "a#b" });
  });

  it('keeps """…""" and backticks except where # or ; cuts them', () => {
    expect(js('[p]\nx = """abc"""\ny = `a#b`\n').p).toEqual({ x: '"""abc"""', y: "`a" });
  });

  it("keeps the key's case and splits only at =, so `host: x` is a key with value true", () => {
    const result = profilesOf("[p]\nHOST = https://x\nhost: https://y\n", "js");
    expect(plain(result.profiles.p)).toEqual({ HOST: "https://x", "host: https://y": "true" });
    expect(plain(result.typedValues)).toEqual({ p: { "host: https://y": true } });
  });

  it("drops keys before the first section, and sections with no keys", () => {
    expect(js("host = https://top\n[p]\n[q]\nx = 1\n")).toEqual({ q: { x: "1" } });
  });

  it("merges a repeated section and lets the last duplicate key win", () => {
    expect(js("[a]\nx = 1\n[b]\ny = 2\n[a]\nz = 3\nx = 4\n")).toEqual({ a: { x: "4", z: "3" }, b: { y: "2" } });
    expect(profilesOf("[a]\nx = 1\nx = 2\n", "js").locations.a!.x).toEqual({ line: 3, column: 1 });
  });

  it("reads an indented line as a key of its own", () => {
    expect(js("[a]\nx = first\n  more\n").a).toEqual({ x: "first", more: "true" });
  });

  it("loses the first section header after a BOM (trim() eats the BOM, the header becomes a top-level key)", () => {
    expect(js("\ufeff[a]\nhost = https://bom\n[b]\nx = 1\n")).toEqual({ b: { x: "1" } });
  });

  it("converts true, false and single-quoted JSON, and drops null", () => {
    const result = profilesOf("[a]\nflag = true\noff = false\nnothing = null\nnum = '42'\nbare\ns = 'true'\n", "js");
    expect(plain(result.profiles.a)).toEqual({ flag: "true", off: "false", num: "42", bare: "true", s: "true" });
    expect(plain(result.typedValues)).toEqual({ a: { flag: true, off: false, num: 42, bare: true, s: true } });
  });

  it("turns arrays and JSON objects into profiles of their own", () => {
    const result = profilesOf('[a]\nscopes[] = one\nscopes[] = two\nobj = \'{"k":"v"}\'\n', "js");
    expect(plain(result.profiles)).toEqual({ "a.scopes": { "0": "one", "1": "two" }, "a.obj": { k: "v" } });
    expect(plain(result.locations)).toEqual({
      "a.scopes": { "0": { line: 2, column: 1 }, "1": { line: 3, column: 1 } },
      "a.obj": { k: { line: 4, column: 1 } },
    });
  });

  it("flattens dotted sections, and loses [a.b.c] when [a.b] follows it (ini replaces the nested object)", () => {
    expect(js("[pat.with.dot]\nhost = h\n")).toEqual({ "pat.with.dot": { host: "h" } });
    expect(js("[pat.with]\nparent = yes\n[pat.with.dot]\nhost = h\n")).toEqual({ "pat.with": { parent: "yes" }, "pat.with.dot": { host: "h" } });
    expect(js("[pat.with.dot]\nhost = h\n[pat.with]\nparent = yes\n")).toEqual({ "pat.with": { parent: "yes" } });
    expect(js("[esc\\.aped]\nx = 1\n")).toEqual({ "esc.aped": { x: "1" } });
    expect(profilesOf("[pat.with.dot]\n  host = h\n", "js").locations["pat.with.dot"]!.host).toEqual({ line: 2, column: 3 });
  });

  it("reads a section header only at the start of the line", () => {
    expect(js("[a]\nx = 1\n  [b]\ny = 2\n").a).toEqual({ x: "1", "[b]": "true", y: "2" });
  });

  it("reads CR-only, CRLF and mixed endings alike, skipping blank lines", () => {
    const expected = { a: { host: "https://x", token: "t" }, b: { x: "1" } };
    expect(js("[a]\rhost = https://x\rtoken = t\r[b]\rx = 1\r")).toEqual(expected);
    expect(js("[a]\r\nhost = https://x\r\ntoken = t\r\n\r\n[b]\r\nx = 1\r\n")).toEqual(expected);
    const located = profilesOf("[a]\r\nhost = https://x\rtoken = t\n\n[b]\n\rx = 1", "js");
    expect(plain(located.profiles)).toEqual(expected);
    expect(located.locations.b!.x).toEqual({ line: 7, column: 1 });
  });

  it("keeps NUL bytes, skips __proto__, and returns prototype-free records", () => {
    const result = profilesOf("[__proto__]\nx = 1\n[constructor]\n__proto__ = 2\nk\u0000 = a\u0000b\n", "js");
    expect(Object.getPrototypeOf(result.profiles)).toBeNull();
    expect(plain(result.profiles)).toEqual({ constructor: { "k\u0000": "a\u0000b" } });
  });

  it("covers the remaining §3 rows: quotes, [DEFAULT] twice, blank-then-indented, \\, '= value', case, empty value", () => {
    expect(js('[spn]\nazure_workspace_resource_id = "/a/b/c"\n').spn).toEqual({ azure_workspace_resource_id: "/a/b/c" });
    expect(js("[DEFAULT]\nx = 1\n[DEFAULT]\ny = 2\n").DEFAULT).toEqual({ x: "1", y: "2" });
    expect(js("[a]\nx = first\n\n  k = v\n").a).toEqual({ x: "first", k: "v" });
    expect(js("[a]\nx = one \\\n  two\ny = 2\n").a).toEqual({ x: "one \\", two: "true", y: "2" });
    expect(js("[a]\n= value\nok = 1\n").a).toEqual({ ok: "1" });
    expect(js("[default]\nx = lower\n[DEFAULT]\nx = upper\n")).toEqual({ default: { x: "lower" }, DEFAULT: { x: "upper" } });
    expect(js("[a]\ntoken =\n").a).toEqual({ token: "" });
  });

  it("reports ini's own crash on a key it JSON-parses to null, as the SDK would log it", () => {
    expect(readProfiles(doc("[a]\n'null' = x\n"), "js")).toEqual({ error: "Cannot read properties of null (reading 'length')" });
  });

  it("reads a huge file (20,000 profiles) in linear time", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `[p${i}]\nhost = https://h${i}\n`).join("");
    const result = profilesOf(text, "js");
    expect(Object.keys(result.profiles)).toHaveLength(20_000);
    expect(result.locations.p19999!.host).toEqual({ line: 40_000, column: 1 });
  });

  it("reads an empty file as no profiles", () => {
    expect(js("")).toEqual({});
  });
});
