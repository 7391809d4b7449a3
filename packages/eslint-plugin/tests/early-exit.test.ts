import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { PREFIX, fakeBody, fakeToken } from "./support/fake-token.js";
import { HTTPS } from "./support/url-scheme.js";

const PARSERS = { js: {}, ts: { parser: tsParser } } as const;

function lint(code: string, parser: keyof typeof PARSERS, rule: string): string[] {
  const config: Linter.Config[] = [
    { files: ["**/*.ts"], languageOptions: PARSERS[parser], plugins: { "@dbcfg": plugin }, rules: { [`@dbcfg/${rule}`]: "error" } },
  ];
  const messages = new Linter().verify(code, config, "file.ts");
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`does not parse: ${fatal.message}`);
  return messages.map((m) => m.messageId!);
}

/**
 * The Databricks rules skip a file that names none of their words; these files name them only in
 * ways a plain text search misses (split over a concatenation, escaped), and must still be reported.
 */
describe.each(Object.keys(PARSERS) as (keyof typeof PARSERS)[])("rules that skip files not naming Databricks (%s)", (parser) => {
  it.each([
    ["no-token-in-url", `const u = "${HTTPS}adb-1.2.azure" + "databricks.net/api/2.0/x?token=" + t;`, ["query"]],
    ["no-token-in-url", `const u = "${HTTPS}adb-1.2.azure\\x64atabricks.net/api/2.0/x?token=" + t;`, ["query"]],
    ["no-token-in-url", `const u = "jdbc:" + "spark://" + host + ":443/default;PWD=" + p;`, ["jdbc"]],
    ["no-basic-auth", `new Client({ host: "${HTTPS}adb-1.2.azure" + "databricks.net", password: p });`, ["basicCredentials"]],
    ["no-basic-auth", `new \\u0057orkspaceClient({ password: p });`, ["basicCredentials"]],
    ["no-basic-auth", `const env = { DATABRICKS_\\u0050ASSWORD: p };`, ["basicEnv"]],
    ["no-hardcoded-credentials", `new Client({ host: "adb-1.2.azure" + "databricks.net", clientSecret: "s3cr3t-value-0001" });`, ["hardcodedCredential"]],
    ["no-hardcoded-credentials", `new \\u0057orkspaceClient({ clientSecret: "s3cr3t-value-0001" });`, ["hardcodedCredential"]],
    ["require-token-lifetime", `fetch(host + "/api/2.0/tok\\x65n/create", { method: "POST", body: "{}" });`, ["missingLifetime"]],
    ["require-token-lifetime", `w.\\u0074okens.create({ comment: "ci" });`, ["missingLifetime"]],
    ["require-token-lifetime", `w["tokens"]["create"]({ comment: "ci" });`, ["missingLifetime"]],
  ])("%s still reports: %s", (rule, code, expected) => {
    expect(lint(code, parser, rule)).toEqual(expected);
  });

  it.each([
    ["no-token-in-url", `const u = "${HTTPS}api.example.com/x?token=" + t;`],
    ["no-basic-auth", `new Client({ host: "${HTTPS}api.example.com", password: p });`],
    ["no-hardcoded-credentials", `new Client({ clientSecret: "s3cr3t-value-0001" });`],
    ["require-token-lifetime", `tokens.push(create());`],
  ])("%s has nothing to report in a file that does not name Databricks: %s", (rule, code) => {
    expect(lint(code, parser, rule)).toEqual([]);
  });
});

/**
 * no-hardcoded-pat skips a composite (`+`, template, folding call) only when none of its parts can
 * be a constant next to another; every spelling that can assemble a token must still be reported.
 */
describe.each(Object.keys(PARSERS) as (keyof typeof PARSERS)[])("no-hardcoded-pat's cheap exits keep every finding (%s)", (parser) => {
  const token = fakeToken("early-exit");
  const body = fakeBody("early-exit");
  const base64 = Buffer.from(token).toString("base64");
  const codes = [...token].map((c) => c.charCodeAt(0)).join(", ");
  it.each([
    ["two constants", `const a = "${PREFIX}"; const b = "${body}"; const t = a + b;`, ["binding"]],
    ["a constant and a literal", `const a = "${PREFIX}"; const t = a + "${body}";`, ["binding"]],
    ["constants in a template", `const a = "${PREFIX}"; const b = "${body}"; const t = \`\${a}\${b}\`;`, ["binding"]],
    ["a constant array joined", `const parts = ["${PREFIX}", "${body}"]; const t = parts.join("");`, ["binding"]],
    ["a constant string concatenated", `const a = "${PREFIX}"; const t = a.concat("${body}");`, ["binding"]],
    ["a constant split and reversed", `const r = "${[...token].reverse().join("")}"; const t = r.split("").reverse().join("");`, ["encoded"]],
    ["a constant decoded by atob", `const e = "${base64}"; const t = atob(e);`, ["encoded"]],
    ["a constant decoded by Buffer.from", `const e = "${base64}"; const t = Buffer.from(e, "base64").toString();`, ["encoded"]],
    ["char codes from a constant array", `const c = [${codes}]; const t = String.fromCharCode(...c);`, ["encoded"]],
    ["char codes as literals", `const t = String.fromCharCode(${codes});`, ["encoded"]],
  ])("%s", (_name, code, expected) => {
    expect(lint(code, parser, "no-hardcoded-pat")).toEqual(expected);
  });

  it("does not report parts that are not constants", () => {
    expect(lint(`let a = "${PREFIX}"; const t = a + "${body}"; const u = x.join("") + y;`, parser, "no-hardcoded-pat")).toEqual([]);
  });
});
