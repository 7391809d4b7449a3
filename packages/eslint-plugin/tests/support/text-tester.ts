import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import plugin from "../../src/index.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

type Cases = Parameters<RuleTester["run"]>[2];

/** Languages of the official plugins that `configs["all-files"]` registers, by prefix. */
const OFFICIAL = Object.assign({}, ...plugin.configs["all-files"].map((c) => c.plugins ?? {})) as Record<string, object>;

/**
 * Runs `no-hardcoded-pat` cases under ESLint's RuleTester in one language (`@dbcfg/python`,
 * `yml/yaml`, `json/json`, `markdown/gfm`…), with `filename` deciding the dialect where the
 * language leaves it open (a `.ipynb` read as JSON, a workflow path for YAML suggestions).
 */
export function runInLanguage(language: string, filename: string, cases: Cases): void {
  const tester = new RuleTester({ plugins: OFFICIAL, language } as never);
  const withName = <T extends { filename?: string }>(c: T | string) => (typeof c === "string" ? { code: c, filename } : { filename, ...c });
  tester.run("no-hardcoded-pat", plugin.rules["no-hardcoded-pat"]!, {
    valid: cases.valid.map(withName),
    invalid: cases.invalid.map(withName),
  } as Cases);
}

/** The 1-based line and column where `needle` first occurs in `code` (after `from`), for pinning positions. */
export function locate(code: string, needle: string, from = 0): { line: number; column: number } {
  const index = code.indexOf(needle, from);
  if (index < 0) throw new Error(`locate: ${JSON.stringify(needle)} is not in the test code`);
  const before = code.slice(0, index).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
