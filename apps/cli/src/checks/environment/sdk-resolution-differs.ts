import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { envAttributes } from "@dbcfg/unified-auth";
import { profileAttributes } from "../../doctor/input/profile-attributes.js";
import { groupBy, resolveEachSdk, type SdkOutcome } from "../../doctor/input/resolve-per-sdk.js";
import { shellQuote } from "../../cli/shell-quote.js";
import { UNPARSABLE_LINES_LISTED } from "../unparsable-lines.js";

const AUTH_ENV_KEYS = ["token", "username", "password", "client_id", "client_secret", "azure_client_id", "azure_client_secret", "google_credentials"];

/** One line per SDK outcome: what it would use, or the exact error it would fail with. */
function summarize(outcome: SdkOutcome): string {
  if (outcome.error) return `error "${outcome.error.message}"`;
  const r = outcome.resolution!;
  return `${r.authType ?? "no"} authentication${r.host ? ` against ${r.host}` : ""}${r.profile ? ` from [${r.profile}]` : " without a profile"}`;
}

/** SDKs that share a result: their exact error when they word it alike, else the kind of failure (auth-resolves quotes each). */
function summarizeGroup(who: readonly SdkOutcome[]): string {
  const first = who[0]!;
  if (!first.error || who.every((o) => o.error!.message === first.error!.message)) return summarize(first);
  return `the same kind of error (${first.error.code}; "The SDKs can authenticate" quotes each)`;
}

/** Where the CLI, the Go, Python and JS SDKs would resolve this shell differently, each shown. */
export const sdkResolutionDiffers: GlobalCheck = {
  id: "sdk-resolution-differs",
  title: "Every tool resolves the same configuration",
  group: "environment",
  help: "Resolves this shell's configuration as the Go SDK/CLI, the Python SDK and the JS SDK would (with @dbcfg/unified-auth) and shows each result where they differ: the JS SDK ignores [__settings__] default_profile and counts DATABRICKS_AUTH_TYPE as configured auth, Go rejects an empty selected profile, and the CLI's --profile lets the profile's credentials beat auth variables while DATABRICKS_CONFIG_PROFILE does not.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input, cli }) {
    const outcomes: CheckOutcome[] = [];
    // Failures group by kind: Python's trailing "." or debug-string wording is not a different
    // resolution (auth-resolves reports the failure itself).
    const byResult = groupBy(await resolveEachSdk(input, cli), (o) => (o.error ? `error:${o.error.code}` : summarize(o)));
    if (byResult.size > 1) {
      const lines = [...byResult].map(([, who]) => `${who.map((o) => o.name).join(" and ")}: ${summarizeGroup(who)}`);
      const hint = input.selection.reason === "settings" ? " (the JS SDK ignores [__settings__] default_profile)" : "";
      const unparsable = [...byResult.values()].some((who) => who[0]!.error?.code === "config-file-unreadable");
      outcomes.push({
        status: "warn",
        message: `The SDKs resolve this shell differently${hint}: ${lines.join("; ")}.`,
        fix: unparsable
          ? `Correct the file (${UNPARSABLE_LINES_LISTED}): an SDK that cannot read it resolves nothing from it.`
          : "Select the profile explicitly in every tool (DATABRICKS_CONFIG_PROFILE, or --profile / profile=…), and remove what only some SDKs read.",
      });
    }
    const { name, reason: source } = input.selection;
    const env = envAttributes(input.env);
    const envAuth = AUTH_ENV_KEYS.map((k) => env.get(k)).filter((v) => v !== undefined);
    if (source === "env" && envAuth.length > 0 && [...profileAttributes(input, name).keys()].some((k) => AUTH_ENV_KEYS.includes(k))) {
      outcomes.push({
        status: "warn",
        message: `[${name}] is selected by DATABRICKS_CONFIG_PROFILE while ${envAuth.map((v) => v.envName).join(", ")} ${envAuth.length === 1 ? "is" : "are"} set: the SDKs and the CLI use the variables' credentials, but \`databricks --profile ${shellQuote(name)}\` uses the profile's.`,
        fix: `unset ${envAuth.map((v) => v.envName).join(" ")}`,
      });
    }
    const home = cli.env.HOME;
    const userProfile = cli.env.USERPROFILE;
    if (cli.env.OS === "Windows_NT" && home && userProfile && home !== userProfile) {
      outcomes.push({
        status: "warn",
        message: `HOME (${home}) and USERPROFILE (${userProfile}) differ: the CLI, Go and Python SDKs read ${userProfile}\\.databrickscfg, the JS SDK reads ${home}/.databrickscfg.`,
        fix: "Set DATABRICKS_CONFIG_FILE so that every tool reads the same file.",
      });
    }
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: `The Go, Python and JS SDKs resolve [${name}] the same way.` }];
  },
};
