import type { ParseArgsConfig } from "node:util";
import { parseIntegerFlag } from "./parse-flags.js";

/**
 * The longest delay a Node.js timer keeps: 2^31 - 1 ms (about 24.8 days). A longer one fires
 * after 1 ms, so every check would time out at once
 * (https://nodejs.org/api/timers.html#settimeoutcallback-delay-args).
 */
export const MAX_TIMER_MS = 2_147_483_647;

/** The `--timeout MS` flag as `parseFlags` declares it. */
export const TIMEOUT_FLAG = { timeout: { type: "string" } } as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** `--timeout MS`: a whole number of milliseconds a timer can hold, or a usage error saying so. */
export function parseTimeoutFlag(raw: string | boolean | undefined): number | undefined {
  return parseIntegerFlag("timeout", raw, 1, MAX_TIMER_MS);
}
