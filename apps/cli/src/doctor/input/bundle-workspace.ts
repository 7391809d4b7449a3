import { ENV_CONFIG_PROFILE } from "@dbcfg/unified-auth";
import type { BundleConfig, BundleTarget } from "./read-bundle.js";

/** Selects the target (databricks/cli `bundle/env/target.go`; `DATABRICKS_BUNDLE_ENV` before v0.203.2). */
export const BUNDLE_TARGET_ENV = ["DATABRICKS_BUNDLE_TARGET", "DATABRICKS_BUNDLE_ENV"] as const;

/** The target the CLI picks, and why; or the CLI's own error when it cannot pick one. */
export type TargetChoice = { target: BundleTarget; why: string } | { error: string };

/**
 * `-t`/env first, else databricks/cli `bundle/config/mutator/select_default_target.go`: no
 * targets → "no targets defined"; one → it; several → the one with `default: true`, an error for
 * none ("please specify target") or several ("multiple targets are marked as default (a, b)").
 */
export function chooseTarget(bundle: BundleConfig, env: Readonly<Record<string, string | undefined>>): TargetChoice {
  const envName = BUNDLE_TARGET_ENV.find((name) => (env[name] ?? "") !== "");
  if (envName !== undefined) {
    const target = bundle.targets.get(env[envName]!);
    return target
      ? { target, why: `${envName}=${target.name}` }
      : {
          error: `${envName} names the target "${env[envName]}", which the bundle does not define (targets: ${[...bundle.targets.keys()].join(", ") || "none"})`,
        };
  }
  const targets = [...bundle.targets.values()];
  if (targets.length === 0) return { error: "no targets defined" };
  if (targets.length === 1) return { target: targets[0]!, why: "the only target" };
  const defaults = targets.filter((t) => t.default);
  if (defaults.length > 1) return { error: `multiple targets are marked as default (${defaults.map((t) => t.name).join(", ")})` };
  if (defaults.length === 0) return { error: "please specify target" };
  return { target: defaults[0]!, why: "default: true" };
}

/** A profile of `.databrickscfg` reduced to what matching needs. */
export interface ProfileHost {
  name: string;
  host?: string;
}

/** Where the host and profile the CLI uses inside the bundle come from. */
export interface BundleAuth {
  host?: { value: string; from: string };
  profile?: { name: string; from: string };
  /** The CLI's own error, when it would refuse to run. */
  error?: string;
}

/**
 * The host and profile the Databricks CLI uses inside a bundle (databricks/cli
 * `cmd/root/bundle_test.go`, `TestBundleConfigureProfile`): the host is the target's
 * `workspace.host` (over the top-level one; DATABRICKS_HOST is not consulted), the profile is
 * `--profile`, else DATABRICKS_CONFIG_PROFILE, else `workspace.profile`, else the one profile whose
 * host equals the bundle's. A profile whose host differs from the bundle's is refused with
 * "config host mismatch: profile uses host A, but CLI configured to use B".
 */
export function resolveBundleAuth(
  bundle: BundleConfig,
  target: BundleTarget,
  options: { profileFlag?: string; env: Readonly<Record<string, string | undefined>>; profiles: readonly ProfileHost[] },
): BundleAuth {
  const host =
    target.workspace.host !== undefined
      ? { value: target.workspace.host, from: `targets.${target.name}.workspace.host` }
      : bundle.workspace.host !== undefined
        ? { value: bundle.workspace.host, from: "workspace.host" }
        : undefined;
  const envProfile = options.env[ENV_CONFIG_PROFILE];
  const chosen =
    options.profileFlag !== undefined
      ? { name: options.profileFlag, from: "--profile" }
      : envProfile
        ? { name: envProfile, from: ENV_CONFIG_PROFILE }
        : target.workspace.profile !== undefined
          ? { name: target.workspace.profile, from: `targets.${target.name}.workspace.profile` }
          : bundle.workspace.profile !== undefined
            ? { name: bundle.workspace.profile, from: "workspace.profile" }
            : undefined;
  const auth: BundleAuth = { ...(host ? { host } : {}) };
  if (chosen) {
    const profile = options.profiles.find((p) => p.name === chosen.name);
    if (!profile) return { ...auth, profile: chosen, error: `has no ${chosen.name} profile configured` };
    if (host && profile.host && !sameHost(profile.host, host.value)) {
      return {
        ...auth,
        profile: chosen,
        error: `config host mismatch: profile uses host ${canonicalHost(profile.host)}, but CLI configured to use ${canonicalHost(host.value)}`,
      };
    }
    return { ...auth, profile: chosen };
  }
  if (!host) return auth;
  const matches = options.profiles.filter((p) => p.host !== undefined && sameHost(p.host, host.value));
  if (matches.length > 1) return { ...auth, error: `multiple profiles matched: ${matches.map((p) => p.name).join(", ")}` };
  if (matches.length === 1) return { ...auth, profile: { name: matches[0]!.name, from: `the only profile whose host is ${canonicalHost(host.value)}` } };
  return auth;
}

/** `https://host[:port]`, lower-case, no trailing slash: how the SDKs compare hosts. */
export function canonicalHost(raw: string): string {
  const text = raw.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return `${url.protocol}//${url.host}`.toLowerCase();
  } catch {
    return text.toLowerCase().replace(/\/+$/, "");
  }
}

function sameHost(a: string, b: string): boolean {
  return canonicalHost(a) === canonicalHost(b);
}
