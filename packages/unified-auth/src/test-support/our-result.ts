// Our resolution of a differential case, in the SDK oracles' shape.
import { maskSecrets } from "../config-error.js";
import { resolveConfig } from "../resolve-config.js";
import type { Dialect } from "../types.js";
import type { OracleCase, OracleResult } from "./js-sdk-oracle.js";

/** `resolveConfig` for `dialect` on the case: host and auth type, or the error text. */
export async function ours(dialect: Dialect, c: OracleCase, cwd: string = process.cwd()): Promise<OracleResult> {
  try {
    const r = await resolveConfig({ dialect, explicit: c.explicit, env: c.env, homeDir: c.homeDir, cwd });
    return { ...(r.host !== undefined ? { host: r.host } : {}), ...(r.authType !== undefined ? { authType: r.authType } : {}) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** An SDK prints a PAT where it sees fit; we mask it. Everything else must match byte for byte. */
export function comparable(result: OracleResult): OracleResult {
  return result.error === undefined ? result : { error: maskSecrets(result.error) };
}
