import { relative } from "node:path";
import { ENV_HOST } from "@dbcfg/unified-auth";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { canonicalHost, chooseTarget, resolveBundleAuth, type BundleAuth } from "../../doctor/input/bundle-workspace.js";
import { BundleReadError, findBundleRoot, readBundle, type BundleConfig, type BundleTarget } from "../../doctor/input/read-bundle.js";
import { shellQuote } from "../../cli/shell-quote.js";

const TARGET_FIX = "Mark exactly one target `default: true` in the bundle, or choose one with -t <target> (or DATABRICKS_BUNDLE_TARGET).";

/**
 * Inside a Databricks Asset Bundle the CLI takes host and profile from the selected target, so
 * `--profile` and DATABRICKS_HOST seem ignored (databricks/cli#4502, #5096, #4649, #1358). Says
 * which target, host and profile the CLI uses there and why, and fails where it would refuse to run
 * or silently use another workspace than the one selected.
 */
export const bundleTarget: GlobalCheck = {
  id: "bundle-target",
  title: "Bundle target and workspace",
  group: "environment",
  help: "Finds a Databricks Asset Bundle (databricks.yml in the current folder or above, or DATABRICKS_BUNDLE_ROOT), reads its targets and includes, picks the target as the Databricks CLI does (DATABRICKS_BUNDLE_TARGET, the only target, or default: true) and resolves workspace.host and workspace.profile: --profile, then DATABRICKS_CONFIG_PROFILE, then workspace.profile, then the profile whose host matches. Fails on the CLI's own errors (config host mismatch, unknown profile, no default target) and when DATABRICKS_HOST names another workspace, which the CLI ignores inside a bundle.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input, cli }) {
    let rootFile: string | undefined;
    let bundle: BundleConfig;
    try {
      rootFile = await findBundleRoot(cli.cwd, input.env);
      if (rootFile === undefined) return [{ status: "skip", message: `Skipped: no databricks.yml in ${cli.cwd} or above (not inside a bundle).` }];
      bundle = await readBundle(rootFile);
    } catch (error) {
      if (!(error instanceof BundleReadError)) throw error;
      return [
        {
          status: "fail",
          message: `The bundle cannot be read: ${error.message}.`,
          fix: `Fix ${error.file}${error.line ? ` line ${error.line}` : ""}; \`databricks bundle validate\` shows the same problem.`,
        },
      ];
    }
    const where = `the bundle ${rootFile}`;
    const choice = chooseTarget(bundle, input.env);
    if ("error" in choice) return [{ status: "fail", message: `Inside ${where} the Databricks CLI stops with "Error: ${choice.error}".`, fix: TARGET_FIX }];
    const { target, why } = choice;
    const profiles = [...input.profiles.entries()].map(([name, keys]) => ({ name, ...(keys.get("host")?.value ? { host: keys.get("host")!.value } : {}) }));
    const profileFlag = input.selection.reason === "argument" ? input.selection.name : undefined;
    const auth = resolveBundleAuth(bundle, target, { ...(profileFlag !== undefined ? { profileFlag } : {}), env: input.env, profiles });
    const chosenTarget = `target "${target.name}" (${why}${target.files.length > 1 || target.files[0] !== rootFile ? `; defined in ${target.files.map((f) => relative(cli.cwd, f) || f).join(", ")}` : ""})`;
    if (auth.error) return [authFailure(where, chosenTarget, auth, bundle, profiles)];
    const outcomes: CheckOutcome[] = [];
    const envHost = input.env[ENV_HOST];
    if (envHost && auth.host && canonicalHost(envHost) !== canonicalHost(auth.host.value)) {
      const other = targetFor(bundle, envHost);
      outcomes.push({
        status: "fail",
        message: `${ENV_HOST}=${canonicalHost(envHost)} is ignored inside ${where}: the Databricks CLI uses ${canonicalHost(auth.host.value)} (${auth.host.from}) of ${chosenTarget}.`,
        fix: other
          ? `Select the target for that workspace: -t ${other.name} (or DATABRICKS_BUNDLE_TARGET=${other.name}), or unset ${ENV_HOST}.`
          : `Unset ${ENV_HOST} inside the bundle, or set workspace.host of target "${target.name}" to the workspace you mean.`,
      });
    }
    const host = auth.host
      ? `host ${canonicalHost(auth.host.value)} (from ${auth.host.from})`
      : "no workspace.host (the host comes from the profile, as outside a bundle)";
    const profile = auth.profile ? `profile [${auth.profile.name}] (from ${auth.profile.from})` : "no profile (host-only: credentials from the environment)";
    const implicit = input.selection.reason === "fallback" || input.selection.reason === "settings";
    const note = implicit && auth.profile && auth.profile.name !== input.selection.name ? `; outside the bundle [${input.selection.name}] would be used` : "";
    outcomes.push({ status: "pass", message: `Inside ${where} the Databricks CLI uses ${chosenTarget}, ${host} and ${profile}${note}.` });
    return outcomes;
  },
};

function authFailure(
  where: string,
  chosenTarget: string,
  auth: BundleAuth,
  bundle: BundleConfig,
  profiles: readonly { name: string; host?: string }[],
): CheckOutcome {
  const message = `Inside ${where} the Databricks CLI (${chosenTarget}${auth.profile ? `, profile [${auth.profile.name}] from ${auth.profile.from}` : ""}) stops with "${auth.error}".`;
  if (auth.error?.startsWith("config host mismatch") && auth.host && auth.profile) {
    const profileHost = profiles.find((p) => p.name === auth.profile!.name)?.host;
    const other = profileHost ? targetFor(bundle, profileHost) : undefined;
    const matching = profiles.filter((p) => p.host && canonicalHost(p.host) === canonicalHost(auth.host!.value)).map((p) => p.name);
    const options = [
      ...(other ? [`-t ${other.name} to deploy to ${canonicalHost(profileHost!)}`] : []),
      ...(matching.length > 0
        ? [`--profile ${shellQuote(matching[0]!)} (host ${canonicalHost(auth.host.value)})`]
        : [`a profile for ${canonicalHost(auth.host.value)}: dbcfg configure --profile <name> --host ${canonicalHost(auth.host.value)} --token-stdin`]),
    ];
    return {
      status: "fail",
      message,
      fix: `Use ${options.join(", or ")}${auth.profile.from === "--profile" || auth.profile.from.startsWith("DATABRICKS") ? "" : `, or fix ${auth.profile.from}`}.`,
    };
  }
  if (auth.error?.startsWith("has no"))
    return {
      status: "fail",
      message,
      fix: `Create the profile (dbcfg configure --profile ${auth.profile?.name ? shellQuote(auth.profile.name) : "<name>"} --host ${auth.host ? canonicalHost(auth.host.value) : "<host>"} --token-stdin) or name an existing one in ${auth.profile?.from ?? "workspace.profile"}.`,
    };
  return { status: "fail", message, fix: "Name the profile to use in workspace.profile of the target (or pass --profile)." };
}

function targetFor(bundle: BundleConfig, host: string): BundleTarget | undefined {
  return [...bundle.targets.values()].find(
    (t) => (t.workspace.host ?? bundle.workspace.host) !== undefined && canonicalHost(t.workspace.host ?? bundle.workspace.host!) === canonicalHost(host),
  );
}
