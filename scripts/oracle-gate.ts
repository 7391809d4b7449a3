// The differential tests compare our readers with real ones ("oracles": Go's gopkg.in/ini.v1,
// CPython's configparser, the official Python SDK). An oracle that is missing skips its tests with
// a note the summary reporter lists, unless DBCFG_REQUIRE_ORACLES names it (CI does): then its
// tests fail, saying what is missing.
import type { TestContext } from "vitest";

/** Environment variable listing the oracles that must be present, comma-separated: `go,python`. */
export const REQUIRE_ORACLES_ENV = "DBCFG_REQUIRE_ORACLES";

/** Every skip note of a missing oracle starts with this; the summary reporter looks for it. */
export const ORACLE_SKIP_PREFIX = "oracle missing: ";

/** The oracles `DBCFG_REQUIRE_ORACLES` names. */
export function requiredOracles(env: NodeJS.ProcessEnv = process.env): Set<string> {
  return new Set(
    (env[REQUIRE_ORACLES_ENV] ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

/**
 * Call first in every test that needs the oracle `name`. `missing` is why it is unavailable
 * (`undefined` when it is available): a required oracle then fails the test with that reason,
 * any other one skips it with a note naming the oracle.
 */
export function needOracle(ctx: TestContext, name: string, missing: string | undefined, env: NodeJS.ProcessEnv = process.env): void {
  if (missing === undefined) return;
  if (requiredOracles(env).has(name)) {
    throw new Error(`the ${name} oracle is required (${REQUIRE_ORACLES_ENV}=${env[REQUIRE_ORACLES_ENV]}) but missing: ${missing}`);
  }
  ctx.skip(`${ORACLE_SKIP_PREFIX}${name}: ${missing}`);
}
