import type { Severity } from "@dbcfg/config-file";
import type { CheckStatus } from "./types.js";

/** The doctor status of an `@dbcfg/config-file` severity: an error fails, a warning warns, information passes. */
export const STATUS_OF_SEVERITY: Readonly<Record<Severity, CheckStatus>> = { error: "fail", warning: "warn", info: "pass" };
