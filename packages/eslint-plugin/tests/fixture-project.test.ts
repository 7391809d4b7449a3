import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { BUILT_PLUGIN, type Finding, createFixtureProject } from "./support/fixture-project.js";

const eslintBin = join(createRequire(import.meta.url).resolve("eslint/package.json"), "..", "bin", "eslint.js");

function toFindings(dir: string, results: ESLint.LintResult[]): Finding[] {
  return results
    .flatMap((r) => r.messages.map((m) => ({ file: relative(dir, r.filePath).split("\\").join("/"), ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column })))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

describe("a fixture project linted with the recommended config", () => {
  let project: ReturnType<typeof createFixtureProject>;
  beforeAll(() => {
    project = createFixtureProject();
  });
  afterAll(() => rmSync(project.dir, { recursive: true, force: true }));

  it("finds every planted token through the ESLint Node API, and prints none of them", async () => {
    const eslint = new ESLint({
      cwd: project.dir,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ["**/*.{js,jsx,ts}"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
        { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
        plugin.configs.recommended,
      ],
    });
    const results = await eslint.lintFiles(["src"]);
    expect(toFindings(project.dir, results)).toEqual(project.expected);
    const formatted = (await eslint.loadFormatter("stylish")).format(results) as string;
    const json = JSON.stringify(results);
    for (const token of project.tokens) {
      expect(formatted).not.toContain(token.slice(4));
      expect(json.replaceAll(/"source":"(?:[^"\\]|\\.)*"/g, "")).not.toContain(token.slice(4));
    }
    expect(formatted).toContain(`dapi…${project.tokens[0]!.slice(-4)}`);
  });

  it("gives the same findings from the CLI with --cache and --concurrency=2, run twice", () => {
    if (!existsSync(fileURLToPath(BUILT_PLUGIN))) throw new Error("Build the plugin first: npx tsc -b packages/eslint-plugin/tsconfig.build.json");
    const cacheLocation = join(project.dir, ".eslintcache");
    const run = () => {
      const result = spawnSync(process.execPath, [eslintBin, "--cache", "--cache-location", cacheLocation, "--concurrency=2", "--format", "json", "src"], {
        cwd: project.dir,
        encoding: "utf8",
      });
      // Two workers for four files draws ESLint's advice to go serial; anything else is a failure.
      const stderr = result.stderr.split("\n").filter((line) => line && !/ESLintPoorConcurrencyWarning|--trace-warnings/.test(line));
      expect(stderr).toEqual([]);
      expect(result.status).toBe(1);
      return toFindings(project.dir, JSON.parse(result.stdout) as ESLint.LintResult[]);
    };
    const first = run();
    expect(existsSync(cacheLocation)).toBe(true);
    const second = run();
    expect(first).toEqual(project.expected);
    expect(second).toEqual(first);
  }, 60_000);
});
