import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PREFIX, fakeBody, fakeToken } from "./fake-token.js";
import { HTTPS } from "./url-scheme.js";

const require = createRequire(import.meta.url);

/** The built plugin (`dist/index.js`), which the ESLint CLI's worker threads load. */
export const BUILT_PLUGIN = new URL("../../dist/index.js", import.meta.url);

/** A finding as compared across runs: file, rule, message and where. */
export interface Finding {
  file: string;
  ruleId: string | null;
  messageId: string | undefined;
  line: number;
  column: number;
}

/**
 * Writes a small project into a fresh temp folder: sources in JS, JSX and TS that hide tokens in
 * several tiers, a clean file, and an `eslint.config.mjs` using the built plugin's recommended
 * config. Token-shaped text is generated here, at run time, and never committed.
 */
export function createFixtureProject() {
  const dir = mkdtempSync(join(tmpdir(), "dbcfg-eslint-fixture-"));
  const tokens = ["one", "two", "three", "four", "five"].map((seed) => fakeToken(`fixture-${seed}`));
  const files: Record<string, string> = {
    "src/client.js": [
      "// Fixture: hard-coded tokens in every tier.",
      `export const direct = "${tokens[0]}";`,
      `export const joined = "${PREFIX}" + "${fakeBody("fixture-two")}";`,
      `export const url = \`${HTTPS}adb-1.2.azuredatabricks.net/api/2.0/clusters/list?token=\${direct}\`;`,
    ].join("\n"),
    "src/app.ts": [
      `const PREFIX: string = "${PREFIX}";`,
      `export const token = \`\${PREFIX}${fakeBody("fixture-three")}\` as const;`,
      `export const hidden = Buffer.from("${Buffer.from(tokens[3]!).toString("base64")}", "base64").toString();`,
      'export const mint = (w: { tokens: { create(r: object): Promise<unknown> } }) => w.tokens.create({ comment: "ci" });',
    ].join("\n"),
    "src/view.jsx": `export const View = () => <Client token="${tokens[4]}" />;`,
    "src/clean.js": "export const token = process.env.DATABRICKS_TOKEN;",
    "eslint.config.mjs": [
      `import plugin from ${JSON.stringify(BUILT_PLUGIN.href)};`,
      `import tsParser from ${JSON.stringify(pathToFileURL(require.resolve("@typescript-eslint/parser")).href)};`,
      "export default [",
      '  { files: ["**/*.{js,jsx,ts}"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },',
      '  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },',
      "  plugin.configs.recommended,",
      "];",
    ].join("\n"),
  };
  mkdirSync(join(dir, "src"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), `${text}\n`);
  const expected: Finding[] = [
    { file: "src/app.ts", ruleId: "@dbcfg/no-hardcoded-pat", messageId: "binding", line: 2, column: 22 },
    { file: "src/app.ts", ruleId: "@dbcfg/no-hardcoded-pat", messageId: "encoded", line: 3, column: 23 },
    { file: "src/app.ts", ruleId: "@dbcfg/require-token-lifetime", messageId: "missingLifetime", line: 4, column: 97 },
    { file: "src/client.js", ruleId: "@dbcfg/no-hardcoded-pat", messageId: "literal", line: 2, column: 24 },
    { file: "src/client.js", ruleId: "@dbcfg/no-hardcoded-pat", messageId: "concat", line: 3, column: 23 },
    { file: "src/client.js", ruleId: "@dbcfg/no-token-in-url", messageId: "query", line: 4, column: 20 },
    { file: "src/view.jsx", ruleId: "@dbcfg/no-hardcoded-pat", messageId: "literal", line: 1, column: 42 },
  ];
  return { dir, tokens, expected };
}
