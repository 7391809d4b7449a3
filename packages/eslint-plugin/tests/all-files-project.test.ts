import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAllFilesProject } from "./support/all-files-project.js";
import { BUILT_PLUGIN, type Finding } from "./support/fixture-project.js";

const eslintBin = join(createRequire(import.meta.url).resolve("eslint/package.json"), "..", "bin", "eslint.js");

const toSorted = (findings: Finding[]) => [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);

function toFindings(dir: string, results: ESLint.LintResult[]): Finding[] {
  return toSorted(results.flatMap((r) => r.messages.map((m) => ({ file: relative(dir, r.filePath).split("\\").join("/"), ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column }))));
}

describe('a project of every file type, linted through the ESLint CLI with configs["all-files"]', () => {
  let project: ReturnType<typeof createAllFilesProject>;
  beforeAll(() => {
    project = createAllFilesProject();
  });
  afterAll(() => rmSync(project.dir, { recursive: true, force: true }));

  it("gives the same findings with --cache and --concurrency=2, run twice, and prints no token", () => {
    if (!existsSync(fileURLToPath(BUILT_PLUGIN))) throw new Error("Build the plugin first: npx tsc -b packages/eslint-plugin/tsconfig.build.json");
    const cacheLocation = join(project.dir, ".eslintcache");
    const run = () => {
      const result = spawnSync(process.execPath, [eslintBin, "--cache", "--cache-location", cacheLocation, "--concurrency=2", "--format", "json", "."], {
        cwd: project.dir,
        encoding: "utf8",
      });
      const stderr = result.stderr.split("\n").filter((line) => line && !/ESLintPoorConcurrencyWarning|--trace-warnings/.test(line));
      expect(stderr).toEqual([]);
      expect(result.status).toBe(1);
      for (const body of project.bodies) expect(result.stdout.replaceAll(/"source":"(?:[^"\\]|\\.)*"/g, "")).not.toContain(body);
      return toFindings(project.dir, JSON.parse(result.stdout) as ESLint.LintResult[]);
    };
    const first = run();
    expect(existsSync(cacheLocation)).toBe(true);
    const second = run();
    expect(first).toEqual(toSorted(project.expected));
    expect(second).toEqual(first);
  }, 120_000);
});
