import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIALECTS, dialectOf } from "../src/text/dialect.js";
import { scanLexed } from "../src/text/scan.js";
import { REPO_ROOT, filesUnder, megabytes, pythonStdlib } from "./support/real-files.js";

/** Every finding in the files, each as `path tier`: real code that holds no PAT must give none. */
function findingsIn(files: readonly string[]): string[] {
  const findings: string[] = [];
  for (const file of files) {
    const dialect = dialectOf(file);
    if (!dialect) throw new Error(`no dialect reads ${file}`);
    const text = readFileSync(file, "utf8");
    for (const finding of scanLexed(DIALECTS[dialect].lex(text), text)) findings.push(`${file} ${finding.tier}`);
  }
  return findings;
}

const stdlib = pythonStdlib();
const pythonFiles = "dir" in stdlib ? filesUnder(stdlib.dir, [".py"], new Set(["site-packages"])) : [];
const moduleFiles = filesUnder(join(REPO_ROOT, "node_modules"), [".md", ".json", ".yml"]);

describe("zero findings on real code that holds no PAT", () => {
  it.skipIf(!("dir" in stdlib))(
    `every .py file of the Python standard library (${pythonFiles.length} files, ${megabytes(pythonFiles)} MB)`,
    () => {
      expect(pythonFiles.length).toBeGreaterThan(500);
      expect(findingsIn(pythonFiles)).toEqual([]);
    },
    300_000,
  );
  if (!("dir" in stdlib)) it.skip(`the Python standard library: ${stdlib.skipped}`, () => {});

  it(`every .md, .json and .yml file under node_modules (${moduleFiles.length} files, ${megabytes(moduleFiles)} MB)`, () => {
    expect(moduleFiles.length).toBeGreaterThan(100);
    expect(findingsIn(moduleFiles)).toEqual([]);
  }, 300_000);
});
