import { resolve } from "node:path";
import { UsageError } from "../../cli/command.js";
import { parseFlags, parseIntegerFlag, stringFlag } from "../../cli/parse-flags.js";
import { parseHostFlags } from "./verify-hosts.js";

export type ScanFormat = "text" | "json" | "sarif";

/** `dbcfg scan`'s flags, validated. */
export interface ScanOptions {
  paths: string[];
  source: "files" | "history" | "staged";
  since?: string;
  branches: "all" | "current";
  verify: boolean;
  hosts: string[];
  timeoutMs: number;
  format: ScanFormat;
  baseline?: string;
  updateBaseline: boolean;
  failOn: "any" | "live";
}

const DEFAULT_TIMEOUT_MS = 10_000;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be ${allowed.join(" or ")}, got "${value}".`);
  return value as T;
}

/** Parses the arguments of `dbcfg scan` (paths resolved against `cwd`). */
export function parseScanOptions(args: readonly string[], cwd: string): ScanOptions {
  const { values, positionals } = parseFlags(
    args,
    {
      history: { type: "boolean" },
      since: { type: "string" },
      branches: { type: "string" },
      staged: { type: "boolean" },
      verify: { type: "boolean" },
      host: { type: "string", multiple: true },
      "timeout-ms": { type: "string" },
      format: { type: "string" },
      baseline: { type: "string" },
      "update-baseline": { type: "boolean" },
      "fail-on": { type: "string" },
    },
    true,
  );
  const history = values.history === true;
  const staged = values.staged === true;
  if (history && staged) throw new UsageError("--history and --staged are different sources: give one.");
  if (!history && (values.since !== undefined || values.branches !== undefined)) throw new UsageError("--since and --branches need --history.");
  if ((history || staged) && positionals.length > 1) throw new UsageError(`--${history ? "history" : "staged"} scans one repository: give at most one PATH.`);
  const verify = values.verify === true;
  const hostValues = (values.host as unknown as string[] | undefined) ?? [];
  if (!verify && hostValues.length > 0) throw new UsageError("--host needs --verify.");
  const failOn = oneOf("fail-on", stringFlag(values, "fail-on"), ["any", "live"], "any");
  if (failOn === "live" && !verify) throw new UsageError("--fail-on live needs --verify (without it no token is known to be live).");
  const baseline = stringFlag(values, "baseline");
  const updateBaseline = values["update-baseline"] === true;
  if (updateBaseline && baseline === undefined) throw new UsageError("--update-baseline needs --baseline FILE.");
  const since = stringFlag(values, "since");
  return {
    paths: (positionals.length > 0 ? positionals : ["."]).map((p) => resolve(cwd, p)),
    source: history ? "history" : staged ? "staged" : "files",
    ...(since !== undefined ? { since } : {}),
    branches: oneOf("branches", stringFlag(values, "branches"), ["all", "current"], "all"),
    verify,
    hosts: parseHostFlags(hostValues),
    timeoutMs: parseIntegerFlag("timeout-ms", values["timeout-ms"], 1) ?? DEFAULT_TIMEOUT_MS,
    format: oneOf("format", stringFlag(values, "format"), ["text", "json", "sarif"], "text"),
    ...(baseline !== undefined ? { baseline: resolve(cwd, baseline) } : {}),
    updateBaseline,
    failOn,
  };
}
