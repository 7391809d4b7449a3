import { inspect } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfigFile } from "./parse-config-file.js";
import { documentFixturesDir } from "./test-support/fixtures.js";
import { fakePat } from "@dbcfg/pat/testing";

function codes(text: string): string[] {
  return parseConfigFile(text).diagnostics.map((d) => d.code);
}

function find(text: string, code: string) {
  const found = parseConfigFile(text).diagnostics.find((d) => d.code === code);
  if (!found) throw new Error(`no ${code} in ${JSON.stringify(codes(text))}`);
  return found;
}

describe("structure diagnostics", () => {
  it("reports each problem of the messy fixture with its line and column", () => {
    const doc = parseConfigFile(readFileSync(join(documentFixturesDir, "messy.databrickscfg"), "utf8"));
    const at = doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    expect(at).toEqual(
      expect.arrayContaining([
        "4:1 key-before-section",
        "11:1 key-case",
        "12:17 inline-comment",
        "13:3 indented-continuation",
        "14:12 quoted-value",
        "14:1 basic-auth-eol",
        "15:1 unknown-key",
        "16:17 invalid-value",
        "17:1 missing-delimiter",
        "19:2 spaced-section-name",
        "20:5 colon-delimiter",
        "22:2 duplicate-section",
        "24:1 duplicate-key",
        "26:2 default-section-case",
        "31:1 reserved-section-key",
      ]),
    );
    for (const d of doc.diagnostics) {
      expect(["error", "warning", "info"]).toContain(d.severity);
      expect(d.message.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ["[a]\n= v\n", "empty-key", 2, 1],
    ["[]\n", "empty-section-name", 1, 1],
    ["[a\n", "unclosed-section", 1, 1],
    ["\uFEFF[a]\nhost = https://h\n", "byte-order-mark", 1, 1],
    ["[a]\rhost = https://h\n", "lone-carriage-return", 1, 4],
    ["[a] x\n", "section-trailing-text", 1, 5],
    ["  [a]\n", "indented-section", 1, 1],
    ["[a]\nk = x;y\n", "comment-char-in-value", 2, 6],
    ["[a]\nk = x\\\n", "line-continuation", 2, 6],
    ["[a]\nk = `x`\n", "quoted-value", 2, 5],
    ["[a]\nk = a\\#b\n", "escape-in-value", 2, 6],
    ["[DEFAULT]\n[DEFAULT]\n", "duplicate-section", 2, 2],
  ])("%j → %s at %i:%i", (text, code, line, column) => {
    expect(find(text, code)).toMatchObject({ line, column });
  });

  it("says [default] is not the fallback, with or without [DEFAULT]", () => {
    expect(find("[default]\n", "default-section-case").message).toMatch(/not the fallback/);
    expect(find("[DEFAULT]\n[default]\n", "default-section-case").message).toMatch(/beside/);
  });

  it("finds nothing wrong in a clean file", () => {
    const token = fakePat();
    expect(parseConfigFile(`[DEFAULT]\nhost = https://a.cloud.databricks.com\ntoken = ${token}\n`).diagnostics).toEqual([]);
  });

  it("says a token sits alone on a line, without showing it", () => {
    const token = fakePat();
    const d = find(`[a]\n${token}\n`, "missing-delimiter");
    expect(d.message).toContain(`dapi…${token.slice(-4)}`);
    expect(d.message).not.toContain(token);
  });

  it("says a line without '=' is the rest of the token above it when the two join into one PAT", () => {
    const token = fakePat();
    const d = find(`[a]\ntoken = ${token.slice(0, 20)}\n${token.slice(20)}\n`, "missing-delimiter");
    expect(d.message).toContain(`It is the rest of the "token" value on line 2 (dapi…${token.slice(-4)} once joined): join it onto that line.`);
    expect(d.message).not.toContain(token.slice(4, 20));
    expect(d.message).not.toContain(token.slice(20));
    expect(find(`[a]\ntoken = ${token}\n${token.slice(20)}\n`, "missing-delimiter").message).toContain('Write it as "key = value"');
  });
});

describe("semantic diagnostics", () => {
  it("suggests the key that was meant", () => {
    expect(find("[a]\nhots = x\n", "unknown-key").message).toContain('Did you mean "host"?');
    expect(find("[a]\nDATABRICKS_TOKEN = x\n", "unknown-key").message).toContain('"token"');
    expect(find("[a]\ncluster-id = x\n", "unknown-key").message).toContain('"cluster_id"');
  });

  it("explains ?o= in a host and what to write instead", () => {
    const d = find("[a]\nhost = https://adb-1.2.azuredatabricks.net/?o=1234567\n", "host-has-query");
    expect(d.message).toContain("workspace_id = 1234567");
    expect(d.message).toContain("host = https://adb-1.2.azuredatabricks.net");
  });

  it.each([
    ["http://h.cloud.databricks.com", "host-not-https"],
    ["h.cloud.databricks.com", "host-missing-scheme"],
    ["https://h.cloud.databricks.com/login", "host-has-path"],
    ["https://u:p@h.cloud.databricks.com", "host-has-credentials"],
    ["https://", "host-invalid"],
  ])("host %s → %s", (host, code) => {
    expect(codes(`[a]\nhost = ${host}\n`)).toContain(code);
  });

  it.each([
    [(t: string) => `Bearer ${t}`, "token-bearer-prefix"],
    [(t: string) => `'${t}`, "token-quoted"],
    [(t: string) => `${t.slice(0, 10)} ${t.slice(10)}`, "token-whitespace"],
    [() => "dapi" + "0".repeat(32), "token-placeholder"],
    [() => "<your-token>", "token-placeholder"],
    [(t: string) => t.slice(0, 20), "token-not-pat"],
  ])("token shape %# → %s, and the token never appears", (make, code) => {
    const token = fakePat();
    const text = `[a]\nhost = https://h.cloud.databricks.com\ntoken = ${make(token)}\n`;
    expect(codes(text)).toContain(code);
    const all = JSON.stringify(parseConfigFile(text).diagnostics);
    expect(all).not.toContain(token.slice(4, 24));
  });

  it("warns that a PAT cannot authenticate account-level APIs", () => {
    expect(find(`[acct]\nhost = https://accounts.cloud.databricks.com\ntoken = ${fakePat()}\n`, "token-on-account-host").message).toMatch(/account/);
  });

  it("warns that basic auth reached end of life on 2024-07-10", () => {
    expect(find("[a]\nhost = https://h\nusername = u\npassword = p\n", "basic-auth-eol").message).toContain("2024-07-10");
  });

  it("warns about empty values and Python's reading of them", () => {
    expect(find("[a]\ntoken =\n", "empty-value").message).toMatch(/Python/);
  });

  it("checks value types from the schema, and Python's bool('false') == True", () => {
    expect(find("[a]\nazure_use_msi = yes\n", "invalid-value").message).toMatch(/ParseBool/);
    expect(find("[a]\nrate_limit = fast\n", "invalid-value").message).toMatch(/Atoi/);
    expect(codes("[a]\nskip_verify = false\n")).toContain("python-bool-truthy");
    expect(codes("[a]\nazure_use_msi = true\n")).not.toContain("invalid-value");
  });

  it("checks [__settings__]: reserved target, missing target, stray keys", () => {
    expect(codes("[__settings__]\ndefault_profile = __settings__\n")).toContain("default-profile-reserved");
    expect(codes("[__settings__]\ndefault_profile = gone\n[a]\n")).toContain("default-profile-missing");
    expect(codes("[__settings__]\ndefault_profile = a\n[a]\nhost = https://h\n")).toEqual([]);
    expect(codes("[__settings__]\ntoken = x\n")).toContain("reserved-section-key");
  });

  it("notes keys only one SDK reads", () => {
    expect(find("[a]\naudience = x\n", "sdk-specific-key").message).toContain("token_audience");
    expect(find("[a]\nexperimental_is_unified_host = true\n", "sdk-specific-key").message).toBe(
      'Only the JS SDK reads "experimental_is_unified_host"; the Go and Python SDKs (the CLI, Terraform) ignore it.',
    );
    expect(codes("[a]\nexperimental_is_unified_host = true\n")).not.toContain("unknown-key");
    expect(codes("[a]\nexperimental_is_unified_host = maybe\n")).toContain("invalid-value");
  });

  it("keeps secrets out of every diagnostic, util.inspect and JSON of the document", () => {
    const token = fakePat();
    const text = `[a]\nhost = http://x/?o=1\ntoken = "${token}" # mine\npassword = ${token}\nclient_secret = \n[b]\n${token}\n${token} =\n[c]\nhost = user:hunter2secret@h.cloud.databricks.com\n`;
    const doc = parseConfigFile(text);
    const outputs = [JSON.stringify(doc.diagnostics), inspect(doc, { depth: 10 }), JSON.stringify(doc), String(doc.diagnostics.map((d) => d.message))];
    for (const output of outputs) {
      expect(output).not.toContain(token.slice(4));
      expect(output).not.toContain("hunter2secret");
    }
  });
});
