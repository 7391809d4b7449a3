import { ENV_CONFIG_FILE } from "@dbcfg/config-file";
import { ConfigError, resolveConfig, type Dialect, type Resolution } from "@dbcfg/unified-auth";
import type { CliContext } from "../../context.js";
import type { DoctorInput } from "./doctor-input.js";
import { optimisticTokenExchange } from "../../auth/credentials-of-resolution.js";

/** What one SDK makes of this shell: a resolution, or the error it would fail with (its exact text). */
export interface SdkOutcome {
  dialect: Dialect;
  /** "Go (the CLI, Terraform)", "Python", "JS". */
  name: string;
  resolution?: Resolution;
  error?: ConfigError;
}

const SDK_NAMES: Record<Dialect, string> = { go: "Go (the CLI, Terraform)", python: "Python", js: "JS" };

const runs = new WeakMap<DoctorInput, Map<string, Promise<SdkOutcome[]>>>();

/**
 * Resolves the selected profile (or `profile`) with `@dbcfg/unified-auth` once per SDK dialect,
 * with this shell's environment (or none, for a profile looked at in isolation), offline. Several
 * checks ask the same question in one doctor run; each distinct question is resolved once.
 */
export function resolveEachSdk(
  input: DoctorInput,
  cli: CliContext,
  options: { profile?: string; withEnv?: boolean; selectAuth?: boolean } = {},
): Promise<SdkOutcome[]> {
  const withEnv = options.withEnv ?? true;
  const profile = options.profile ?? (input.selection.reason === "argument" ? input.selection.name : undefined);
  const selectAuth = options.selectAuth ?? true;
  const key = JSON.stringify([profile ?? null, withEnv, selectAuth]);
  let cache = runs.get(input);
  if (!cache) runs.set(input, (cache = new Map()));
  let outcomes = cache.get(key);
  if (!outcomes) cache.set(key, (outcomes = resolveAll(input, cli, profile, withEnv, selectAuth)));
  return outcomes;
}

async function resolveAll(input: DoctorInput, cli: CliContext, profile: string | undefined, withEnv: boolean, selectAuth: boolean): Promise<SdkOutcome[]> {
  const env = withEnv ? input.env : { [ENV_CONFIG_FILE]: input.env[ENV_CONFIG_FILE], HOME: input.env.HOME, USERPROFILE: input.env.USERPROFILE };
  const outcomes: SdkOutcome[] = [];
  for (const dialect of ["go", "python", "js"] as const) {
    try {
      const resolution = await resolveConfig({
        ...(profile !== undefined ? { explicit: { profile } } : {}),
        env,
        homeDir: cli.homeDir,
        cwd: cli.cwd,
        dialect,
        selectAuth,
        // OAuth M2M and Entra ID secrets count as configured here; the service-principal online check
        // performs the exchange (offline, without it, the SDKs' "oidc: fetch failed" would be reported).
        probes: { tokenExchange: optimisticTokenExchange },
      });
      outcomes.push({ dialect, name: SDK_NAMES[dialect], resolution });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      outcomes.push({ dialect, name: SDK_NAMES[dialect], error });
    }
  }
  return outcomes;
}

/** "every SDK" / "the Go (the CLI, Terraform) and JS SDKs" / "the Python SDK". */
export function sdkList(outcomes: readonly SdkOutcome[]): string {
  if (outcomes.length === 3) return "every SDK";
  const names = outcomes.map((o) => o.name);
  return `the ${names.join(" and ")} SDK${names.length === 1 ? "" : "s"}`;
}

/** Groups outcomes by the text they produce, so identical results are said once. */
export function groupBy<T>(outcomes: readonly SdkOutcome[], key: (outcome: SdkOutcome) => T): Map<T, SdkOutcome[]> {
  const groups = new Map<T, SdkOutcome[]>();
  for (const outcome of outcomes) groups.set(key(outcome), [...(groups.get(key(outcome)) ?? []), outcome]);
  return groups;
}
