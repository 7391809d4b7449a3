import { UsageError } from "../../cli/command.js";
import { parseFlags } from "../../cli/parse-flags.js";
import { parseTimeoutFlag } from "../../cli/timeout-flag.js";

/** The flags of `dbcfg doctor`, validated. */
export interface DoctorFlags {
  profile?: string;
  allProfiles: boolean;
  offline: boolean;
  format: "text" | "json" | "sarif";
  failOn: "warn" | "fail";
  fix: boolean;
  dryRun: boolean;
  timeoutMs?: number;
  verbose: boolean;
  demo: boolean;
  /** `--check ID`: run only these (and what they require). */
  check: string[];
  /** `--skip ID`: run all but these (unless a chosen check requires them). */
  skip: string[];
  listChecks: boolean;
  /** Replace hosts, user names, workspace ids and home paths with stable placeholders. */
  anonymize: boolean;
}

const FORMATS = ["text", "json", "sarif"] as const;

/** Parses `dbcfg doctor` flags strictly; every mistake is a UsageError (exit 2). */
export function parseDoctorFlags(args: readonly string[]): DoctorFlags {
  // --check and --skip may repeat (`multiple`): their values are arrays.
  const values: Record<string, string | boolean | string[] | undefined> = parseFlags(args, {
    profile: { type: "string", short: "p" },
    "all-profiles": { type: "boolean" },
    offline: { type: "boolean" },
    format: { type: "string", short: "o" },
    json: { type: "boolean" },
    "fail-on": { type: "string" },
    fix: { type: "boolean" },
    "dry-run": { type: "boolean" },
    timeout: { type: "string" },
    verbose: { type: "boolean", short: "v" },
    demo: { type: "boolean" },
    check: { type: "string", multiple: true },
    skip: { type: "string", multiple: true },
    "list-checks": { type: "boolean" },
    anonymize: { type: "boolean" },
  }).values;
  const format = (values.json ? "json" : (values.format ?? "text")) as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be text, json or sarif, got "${format}".`);
  const failOn = (values["fail-on"] ?? "fail") as string;
  if (failOn !== "warn" && failOn !== "fail") throw new UsageError(`--fail-on must be warn or fail, got "${failOn}".`);
  if (values.profile !== undefined && values["all-profiles"]) throw new UsageError("--profile and --all-profiles cannot be combined.");
  if (values.profile === "") throw new UsageError("--profile needs a profile name.");
  if (values["dry-run"] && !values.fix) throw new UsageError("--dry-run only makes sense with --fix.");
  if (values.demo && values.fix) throw new UsageError("--demo cannot be combined with --fix.");
  const timeoutMs = parseTimeoutFlag(values.timeout as string | undefined);
  return {
    ...(typeof values.profile === "string" ? { profile: values.profile } : {}),
    allProfiles: Boolean(values["all-profiles"]),
    offline: Boolean(values.offline),
    format: format as DoctorFlags["format"],
    failOn,
    fix: Boolean(values.fix),
    dryRun: Boolean(values["dry-run"]),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    verbose: Boolean(values.verbose),
    demo: Boolean(values.demo),
    check: splitIds(values.check),
    skip: splitIds(values.skip),
    listChecks: Boolean(values["list-checks"]),
    anonymize: Boolean(values.anonymize),
  };
}

/** Repeatable, comma-separable check ids: `--check dns,tcp --check tls`. */
function splitIds(raw: string | boolean | string[] | undefined): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.flatMap((entry) => entry.split(",")).map((id) => id.trim());
  if (ids.some((id) => id === "")) throw new UsageError("--check and --skip need a check id, e.g. --check token-valid.");
  return ids;
}
