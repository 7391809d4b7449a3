import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { envArb, explicitArb, fileArb, renderFile } from "./test-support/generated-cases.js";
import { runJsSdk, type OracleCase } from "./test-support/js-sdk-oracle.js";
import { comparable, ours } from "./test-support/our-result.js";
import { CONFORMANCE_DIR, EMPTY_HOME, VECTORS } from "./test-support/vectors.js";

const scratch = mkdtempSync(join(tmpdir(), "dbcfg-js-differential-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);

describe("js dialect vs @databricks/sdk-experimental 0.17.0 on the conformance vectors", () => {
  const applicable = VECTORS.filter((v) => v.mode === "authenticate" && !v.requires);
  it.each(applicable.map((v) => [v.name, v] as const))("%s", async (_name, v) => {
    const { HOME, PATH: _path, ...env } = v.env;
    const c: OracleCase = {
      explicit: Object.fromEntries(Object.entries(v.explicit).map(([k, value]) => [k, value === null || value === undefined ? undefined : String(value)])),
      env,
      homeDir: HOME ? resolve(CONFORMANCE_DIR, HOME) : EMPTY_HOME,
    };
    expect(await ours("js", c)).toEqual(comparable(await runJsSdk(c)));
  });
  it("covers the applicable vectors", () => expect(applicable.length).toBeGreaterThanOrEqual(38));
});

describe("js dialect vs @databricks/sdk-experimental 0.17.0: the JS-only DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST", () => {
  it.each(["true", "false"])("lists DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST=%s in the error text as the JS SDK does, and Go does not", async (value) => {
    const c: OracleCase = {
      explicit: {},
      env: { DATABRICKS_HOST: "https://dbc-1.cloud.databricks.com", DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST: value },
      homeDir: EMPTY_HOME,
    };
    const expected = comparable(await runJsSdk(c));
    expect(expected.error).toContain("DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST");
    expect(await ours("js", c)).toEqual(expected);
    expect((await ours("go", c)).error).not.toContain("DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST");
  });
});

describe("js dialect vs @databricks/sdk-experimental 0.17.0 on generated cases", () => {
  it("agrees on host, auth type and exact error text for 600 combinations", async () => {
    let runs = 0;
    let caseNumber = 0;
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fileArb, envArb, explicitArb, async (file, env, explicit) => {
        const home = join(scratch, String(caseNumber++));
        mkdirSync(home);
        if (file !== null) writeFileSync(join(home, ".databrickscfg"), renderFile(file));
        const c: OracleCase = { explicit, env, homeDir: home };
        const expected = comparable(await runJsSdk(c));
        expect(await ours("js", c)).toEqual(expected);
        outcomes.add(expected.error !== undefined ? expected.error.split(":")[0]! : `ok:${expected.authType}`);
        runs++;
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 600) },
    );
    expect(runs).toBeGreaterThanOrEqual(500);
    // The generator reaches the interesting branches, not just one outcome.
    expect(outcomes.size).toBeGreaterThanOrEqual(5);
  }, 300_000);
});
