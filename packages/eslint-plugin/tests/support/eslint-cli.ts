import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ESLint } from "eslint";
import { expect } from "vitest";
import { BUILT_PLUGIN, type Finding } from "./fixture-project.js";

const eslintBin = join(createRequire(import.meta.url).resolve("eslint/package.json"), "..", "bin", "eslint.js");

/** Findings in a stable order: by file, line, column. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Each message of ESLint's results as a finding, files relative to `dir`. */
export function toFindings(dir: string, results: ESLint.LintResult[]): Finding[] {
  return sortFindings(
    results.flatMap((r) =>
      r.messages.map((m) => ({
        file: relative(dir, r.filePath).split("\\").join("/"),
        ruleId: m.ruleId,
        messageId: m.messageId,
        line: m.line,
        column: m.column,
      })),
    ),
  );
}

/**
 * Lints `target` in `dir` through the ESLint CLI with `--cache` (in `dir/.eslintcache`),
 * `--concurrency=2` and a formatter (JSON unless given; findings are read from JSON only), expects findings (exit 1) and nothing on stderr but
 * ESLint's advice to go serial, and returns the findings and the raw output.
 */
export function lintWithCli(dir: string, target: string, format = "json"): { findings: Finding[]; stdout: string } {
  if (!existsSync(fileURLToPath(BUILT_PLUGIN))) throw new Error("Build the plugin first: npx tsc -b packages/eslint-plugin/tsconfig.build.json");
  const result = spawnSync(
    process.execPath,
    [eslintBin, "--cache", "--cache-location", join(dir, ".eslintcache"), "--concurrency=2", "--format", format, target],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  // Two workers for a few files draws ESLint's advice to go serial; anything else is a failure.
  const stderr = result.stderr.split("\n").filter((line) => line && !/ESLintPoorConcurrencyWarning|--trace-warnings/.test(line));
  expect(stderr).toEqual([]);
  expect(result.status).toBe(1);
  return { findings: format === "json" ? toFindings(dir, JSON.parse(result.stdout) as ESLint.LintResult[]) : [], stdout: result.stdout };
}
