import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAllFilesProject } from "./support/all-files-project.js";
import { lintWithCli, sortFindings } from "./support/eslint-cli.js";

describe('a project of every file type, linted through the ESLint CLI with configs["all-files"]', () => {
  let project: ReturnType<typeof createAllFilesProject>;
  beforeAll(() => {
    project = createAllFilesProject();
  });
  afterAll(() => rmSync(project.dir, { recursive: true, force: true }));

  it("gives the same findings with --cache and --concurrency=2, run twice, and prints no token", () => {
    const run = () => {
      const { findings, stdout } = lintWithCli(project.dir, ".");
      for (const body of project.bodies) expect(stdout.replaceAll(/"source":"(?:[^"\\]|\\.)*"/g, "")).not.toContain(body);
      return findings;
    };
    const first = run();
    expect(existsSync(join(project.dir, ".eslintcache"))).toBe(true);
    const second = run();
    expect(first).toEqual(sortFindings(project.expected));
    expect(second).toEqual(first);
  }, 120_000);

  it("writes SARIF for GitHub code scanning with @microsoft/eslint-formatter-sarif, one result per finding and no token", () => {
    // The project lives in a temp folder without node_modules: the formatter is given by its path.
    const sarif = lintWithCli(project.dir, ".", createRequire(import.meta.url).resolve("@microsoft/eslint-formatter-sarif")).stdout;
    const log = JSON.parse(sarif) as { version: string; runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] };
    expect(log.version).toBe("2.1.0");
    const results = log.runs[0]!.results.filter((r) => r.ruleId === "@dbcfg/no-hardcoded-pat");
    // The finding under `eslint-disable-next-line … -- documented fake` is there too, as suppressed.
    expect(results.filter((r) => !r.suppressions?.length)).toHaveLength(project.expected.length);
    expect(results.filter((r) => r.suppressions?.length)).toHaveLength(1);
    for (const body of project.bodies) expect(sarif).not.toContain(body);
  }, 120_000);
});
