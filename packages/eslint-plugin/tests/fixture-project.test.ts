import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { lintWithCli, toFindings } from "./support/eslint-cli.js";
import { createFixtureProject } from "./support/fixture-project.js";

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
    const first = lintWithCli(project.dir, "src").findings;
    expect(existsSync(join(project.dir, ".eslintcache"))).toBe(true);
    const second = lintWithCli(project.dir, "src").findings;
    expect(first).toEqual(project.expected);
    expect(second).toEqual(first);
  }, 60_000);
});
