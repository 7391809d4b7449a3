import { existsSync, rmSync } from "node:fs";
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
});
