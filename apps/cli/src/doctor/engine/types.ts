import type { CliContext } from "../../context.js";
import type { DoctorInput } from "../input/doctor-input.js";

/** The four outcomes of a check, exactly as DESIGN.md names them. */
export type CheckStatus = "pass" | "warn" | "fail" | "skip";

/** Where in `.databrickscfg` a finding points (1-based line and column). */
export interface FindingLocation {
  file: string;
  line: number;
  column: number;
}

/** What a check says about one thing: the whole file, the environment, or one profile. */
export interface CheckOutcome {
  status: CheckStatus;
  message: string;
  /** One line that tells the user what to do, e.g. `chmod 600 ~/.databrickscfg`. */
  fix?: string;
  profile?: string;
  location?: FindingLocation;
}

/** An outcome tagged with the check that produced it: one entry of the doctor report. */
export interface Finding extends CheckOutcome {
  id: string;
  title: string;
}

/** How the text renderer groups checks. */
export type CheckGroup = "file" | "profiles" | "environment" | "online";

/** Everything a check may read; it never prints, exits or touches `process.*`. */
export interface CheckContext {
  readonly input: DoctorInput;
  readonly cli: CliContext;
  readonly signal: AbortSignal;
  /** Per-request timeout for online checks (ms). */
  readonly timeoutMs: number;
}

interface CheckBase {
  /** Stable, kebab-case, equal to the file name in `src/checks/`. */
  readonly id: string;
  readonly title: string;
  readonly group: CheckGroup;
  /** Why the check exists and what it looks at (SARIF rule help, `--help`). */
  readonly help: string;
  /** Checks whose `fail` makes this one `skip` (per profile for profile checks). */
  readonly requires: readonly string[];
  /** Online checks talk to the workspace; `--offline` skips them. */
  readonly online: boolean;
  /** Overrides the run's `--timeout` for this check. */
  readonly timeoutMs?: number;
}

/** A check about the file, the environment, or all profiles at once. */
export interface GlobalCheck extends CheckBase {
  readonly scope: "global";
  run(ctx: CheckContext): Promise<CheckOutcome[]> | CheckOutcome[];
}

/** A check run once per selected profile (in parallel); its outcomes get `profile` filled in. */
export interface ProfileCheck extends CheckBase {
  readonly scope: "profile";
  run(ctx: CheckContext, profile: string): Promise<CheckOutcome[]> | CheckOutcome[];
}

/** A doctor check: data plus a `run` function (the expo-doctor model). */
export type Check = GlobalCheck | ProfileCheck;
