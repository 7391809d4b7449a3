import fc from "fast-check";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { divergences } from "./divergences.js";
import { configText } from "./test-support/config-text-arbitrary.js";
import { doc } from "./test-support/doc.js";
import { redactSecrets } from "@dbcfg/pat";
import { fakePat } from "@dbcfg/pat/testing";

const find = (text: string, profile: string, key: string) => divergences(doc(text, "/cfg")).find((d) => d.profile === profile && d.key === key);

describe("divergences", () => {
  it("finds nothing in a plain file every SDK reads alike", () => {
    expect(divergences(doc("[DEFAULT]\nhost = https://h.example\ntoken = abc\n\n[other]\nhost = https://o.example\n"))).toEqual([]);
  });

  it("explains an inline comment: Go strips it, Python keeps it", () => {
    const found = find("[p]\nhost = https://x # old workspace\n", "p", "host");
    expect(found).toEqual({
      profile: "p",
      key: "host",
      values: { go: "https://x", python: "https://x # old workspace", js: "https://x" },
      reason: "Go strips the inline comment ' # old workspace'; Python keeps it as part of the value.",
      location: { line: 2, column: 1 },
    });
  });

  it("explains surrounding quotes (testdata/azure)", () => {
    const found = find('[spn]\nazure_workspace_resource_id = "/a/b/c"\n', "spn", "azure_workspace_resource_id");
    expect(found?.values).toEqual({ go: "/a/b/c", python: '"/a/b/c"', js: "/a/b/c" });
    expect(found?.reason).toMatch(/^Go and JS strip one pair of surrounding quotes; Python keeps/);
  });

  it("lists a key one dialect sees and another does not, with why", () => {
    const all = divergences(doc("[p]\nHOST = https://x\n"));
    expect(all.map((d) => [d.key, Object.keys(d.values)])).toEqual([
      ["HOST", ["go", "js"]],
      ["host", ["python"]],
    ]);
    expect(all[0]!.reason).toContain("Python lower-cases key names");
  });

  it("reports a whole-file failure once, with the parser's error and where it stopped", () => {
    const all = divergences(doc("host = https://top\n[p]\nx = 1\n", "/cfg"));
    expect(all[0]).toEqual({
      profile: "",
      key: "",
      values: {},
      errors: { python: "File contains no section headers.\nfile: '/cfg', line: 1\n'host = https://top\\n'" },
      reason: 'Python cannot parse this file: "File contains no section headers."; Go and JS read it, so the SDKs disagree on every profile.',
      location: { line: 1, column: 1 },
    });
    expect(all[1]).toMatchObject({ profile: "DEFAULT", key: "host", values: { go: "https://top" } });
    expect(all[1]!.reason).toMatch(/^Go puts keys that come before the first \[section\] into DEFAULT/);
  });

  it("quotes a parser's error so that redacting the reason again masks only the line it could not read", () => {
    const prose = divergences(doc("[a]\nhost = https://x\n  continued line\nhost = https://y2024\n", "/home/u2024/.databrickscfg"))[0]!.reason;
    expect(prose).toMatch(
      /^Go cannot parse this file: "key-value delimiter not found: continued line"; Python cannot parse this file: ".*\/home\/u2024\/.*"; JS reads it/,
    );
    expect(redactSecrets(prose)).toBe(prose);
    const half = fakePat().slice(20);
    const wrapped = divergences(doc(`[a]\nhost = https://x\n${half}\n`, "/home/u2024/.databrickscfg"))[0]!.reason;
    expect(wrapped).not.toContain(half);
    expect(redactSecrets(wrapped)).toBe(wrapped);
  });

  it("explains lone-CR files, BOMs, continuation lines and JS's # cut", () => {
    expect(find("[a]\rhost = https://x\r", "a", "host")?.reason).toMatch(/^Go ends lines only at '\\n'/);
    expect(find("\ufeff[a]\nhost = https://x\n", "a", "host")?.reason).toMatch(/^JS's ini does not strip the UTF-8 BOM/);
    expect(find("[a]\nx = first\n  more\n", "a", "x")?.reason).toMatch(/^Python continues a value/);
    expect(find("[a]\nx = a#b\n", "a", "x")?.reason).toMatch(/^JS's ini cuts the value at the first '#'/);
    expect(find("[a]\nx = one \\\ny = 2\n", "a", "x")?.reason).toMatch(/^Go joins a line that ends in '\\'/);
    expect(find('[a]\nx = """q"""\n', "a", "x")?.reason).toMatch(/^Go reads """…""" and `…` as quoted values/);
  });

  it("never shows a secret: values of secret keys are redacted, reasons do not quote them", () => {
    const token = fakePat();
    const text = `[p]\ntoken = ${token} # rotated\npassword = "${token}"\nclient_secret = hunter2 # old ${token}\nhost = https://x\n`;
    const all = divergences(doc(text));
    expect(all.map((d) => d.key)).toEqual(["token", "password", "client_secret"]);
    // Python's reading keeps the comment: the token in it is masked, the comment stays visible.
    expect(all[0]!.values).toEqual({ go: `dapi…${token.slice(-4)}`, python: `dapi…${token.slice(-4)} # rotated`, js: `dapi…${token.slice(-4)}` });
    // A secret with no token shape inside is masked whole.
    expect(all[2]!.values.python).not.toContain("hunter2");
    for (const rendered of [JSON.stringify(all), inspect(all, { depth: 10 })]) {
      expect(rendered).not.toContain(token);
      expect(rendered).not.toContain(token.slice(4, 20));
      expect(rendered).not.toContain("hunter2");
    }
  });

  it("never shows a secret that lands in a parser error or a non-secret key", () => {
    const token = fakePat();
    const all = divergences(doc(`[p]\nhost = https://x/${token} # c\n${token}\n`));
    const rendered = JSON.stringify(all);
    expect(all.some((d) => d.errors?.go?.startsWith("key-value delimiter not found: dapi…"))).toBe(true);
    expect(rendered).not.toContain(token);
  });

  it("never shows a planted token, wherever the generator puts it (300 generated files)", () => {
    const token = fakePat();
    const secretKey = fc.constantFrom("token", "password", "client_secret", "host", "x", "TOKEN");
    const planted = fc
      .tuple(configText, secretKey, fc.constantFrom("", " # c", '"', "'", " \\"), fc.integer({ min: 0, max: 400 }))
      .map(([text, key, suffix, at]) => {
        const line = `${key} = ${token}${suffix}\n`;
        const cut = text.indexOf("\n", Math.min(at, text.length));
        return cut === -1 ? `${text}\n[s]\n${line}` : `${text.slice(0, cut + 1)}${line}${text.slice(cut + 1)}`;
      });
    let withEntries = 0;
    fc.assert(
      fc.property(planted, (text) => {
        const all = divergences(doc(text, "/cfg"));
        if (all.length > 0) withEntries++;
        expect(JSON.stringify(all)).not.toContain(token);
        expect(inspect(all, { depth: 10 })).not.toContain(token);
      }),
      { numRuns: 300 },
    );
    expect(withEntries).toBeGreaterThan(100);
  });

  it("compares only the dialects that parsed the file when others fail", () => {
    const all = divergences(doc("[a]\nx = 1\nx = 2\n"));
    expect(all).toHaveLength(1);
    expect(all[0]!.errors).toHaveProperty("python");
  });
});
