import { Linter, type SourceCode } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { fileMentions } from "../src/util/file-mentions.js";

const PARSERS = {
  espree: { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  "typescript-eslint": { languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
} as const;

function sourceOf(code: string, parser: keyof typeof PARSERS): SourceCode {
  const linter = new Linter();
  const messages = linter.verify(code, [{ files: ["**/*.tsx"], ...PARSERS[parser] }], "file.tsx");
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`does not parse: ${fatal.message}`);
  return linter.getSourceCode();
}

const DATABRICKS = ["databricks"] as const;
const CLIENT = ["WorkspaceClient"] as const;

describe.each(Object.keys(PARSERS) as (keyof typeof PARSERS)[])("fileMentions (%s)", (parser) => {
  const mentions = (code: string) => fileMentions(sourceOf(code, parser));

  it.each([
    ["a plain string", `const h = "adb-1.azuredatabricks.net";`],
    ["any case", `const h = "ADB-1.AZUREDATABRICKS.NET";`],
    ["a word split over a + chain", `const h = "adb-1.azure" + "data" + ("bricks.net");`],
    ["a word split over a template and its expressions", "const h = `adb-1.azure${'data'}bricks.net`;"],
    ["hex escapes", `const h = "adb-1.azure\\x64atabricks.net";`],
    ["unicode escapes", `const h = "adb-1.azure\\u0064ata\\u{62}ricks.net";`],
    ["a line continuation", `const h = "adb-1.azure\\\ndatabricks.net";`],
    ["template escapes", "const h = `adb-1.azure\\x64atabricks.net`;"],
    ["a JSX attribute entity", `const e = <a href="adb-1.azure&#100;atabricks.net" />;`],
    ["JSX text entities", `const e = <p>adb-1.azure&#x64;atabricks.net</p>;`],
  ])("finds a word in %s", (_name, code) => {
    expect(mentions(code).anyText(DATABRICKS)).toBe(true);
  });

  it("does not find a word that stands only in comments or identifiers", () => {
    expect(mentions(`// databricks\nconst databricks = "data";\nconst other = "base";`).anyText(DATABRICKS)).toBe(false);
  });

  it("joins every string of the file, so a word across a run-time part shows too (too much, never too little)", () => {
    expect(mentions(`const h = "data" + x + "bricks";`).anyText(DATABRICKS)).toBe(true);
  });

  it("finds names as identifiers (also written with escapes) or in strings, identifiers case-sensitively", () => {
    expect(mentions(`new WorkspaceClient({});`).anyName(CLIENT)).toBe(true);
    expect(mentions(`new \\u0057orkspace\\u{43}lient({});`).anyName(CLIENT)).toBe(true);
    expect(mentions(`sdk["workspace" + "client"]({});`).anyName(CLIENT)).toBe(true);
    expect(mentions(`new workspaceclient({});`).anyName(CLIENT)).toBe(false);
  });

  it("answers each list from the same file once, for every rule that asks", () => {
    const source = sourceOf(`const h = "x";`, parser);
    expect(fileMentions(source)).toBe(fileMentions(source));
    expect(fileMentions(source).anyText(DATABRICKS)).toBe(false);
    expect(fileMentions(source).anyText(["x"])).toBe(true);
  });

  it("keeps a file's mentions on that file's own AST, out of sight of every other tool", () => {
    const first = sourceOf(`const h = "databricks";`, parser);
    const second = sourceOf(`const h = "other";`, parser);
    expect(fileMentions(first)).not.toBe(fileMentions(second));
    expect(fileMentions(second).anyText(DATABRICKS)).toBe(false);
    // Not a property anyone iterating or serialising the AST would meet.
    expect(Object.keys(first.ast)).not.toContainEqual(expect.stringMatching(/mention/i));
    const symbols = Object.getOwnPropertySymbols(first.ast);
    expect(symbols.map((s) => s.description)).toEqual(["@dbcfg/eslint-plugin file mentions"]);
    expect(Object.getOwnPropertyDescriptor(first.ast, symbols[0]!)).toMatchObject({ enumerable: false, writable: false });
  });
});

describe("fileMentions on a frozen AST", () => {
  it("still answers, computing the mentions again instead of keeping them", () => {
    const linter = new Linter();
    linter.verify(`const h = "databricks";`, [{ files: ["**/*.js"] }], "file.js");
    const source = linter.getSourceCode();
    Object.freeze(source.ast);
    expect(fileMentions(source).anyText(DATABRICKS)).toBe(true);
    expect(fileMentions(source)).not.toBe(fileMentions(source));
  });
});
