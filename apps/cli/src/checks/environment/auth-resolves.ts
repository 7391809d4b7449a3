import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { envAttributes, fileSkippedByEnv } from "@dbcfg/unified-auth";
import { groupBy, resolveEachSdk, sdkList, type SdkOutcome } from "../../doctor/input/resolve-per-sdk.js";
import { profileKey } from "../../doctor/input/locate.js";
import { shellQuote } from "../../cli/shell-quote.js";
import { UNPARSABLE_LINES_LISTED } from "../unparsable-lines.js";

/** What a resolution authenticates with, in words: "pat authentication against https://… (token from [prod])". */
function describeSuccess(outcome: SdkOutcome): string {
  const r = outcome.resolution!;
  const token = r.attributes.token?.source;
  const from = token?.kind === "env" ? ` (token from ${token.name})` : token?.kind === "profile" ? ` (token from [${token.profile}])` : "";
  return `${r.authType ?? "no"} authentication against ${r.host ?? "no host"}${from}`;
}

/** The one-line fix for each way resolution fails, for the SDKs in `failing` (which share one error). */
function fixFor(failing: readonly SdkOutcome[], input: Parameters<GlobalCheck["run"]>[0]["input"]): string {
  const code = failing[0]!.error!.code;
  if (code === "no-credentials" || code === "no-host") {
    const skippers = input.selection.reason === "fallback" ? fileSkippedByEnv(input.env) : [];
    if (skippers.length > 0) {
      // The variables name a host without credentials, or credentials without a host: the other half completes them.
      const otherHalf = envAttributes(input.env).has("host")
        ? "also set DATABRICKS_TOKEN for that host"
        : "also set DATABRICKS_HOST to the workspace those credentials belong to";
      return `unset ${skippers.map((s) => s.envName).join(" ")} so that the SDKs read ${input.configPath.path}, or ${otherHalf}.`;
    }
    const name = input.selection.name;
    const profile = shellQuote(name);
    // [__settings__] default_profile picked the profile for Go and Python; the JS SDK ignores it.
    if (input.selection.reason === "settings" && !failing.some((o) => o.dialect === "go"))
      return `[__settings__] default_profile selects [${name}] for Go and the CLI, but not for ${sdkList(failing)}: name the profile explicitly (DATABRICKS_CONFIG_PROFILE=${profile}, or profile=… in code).`;
    if (code === "no-credentials" && profileKey(input, name, "host")?.value.trim())
      return `[${name}] has a host but no credentials: store a token with dbcfg configure --profile ${profile} --token-stdin (it keeps the host), or log in with OAuth: databricks auth login --profile ${profile}.`;
    return `Store a host and a token: dbcfg configure --profile ${profile} --host https://<workspace> --token-stdin (or set both DATABRICKS_HOST and DATABRICKS_TOKEN).`;
  }
  if (code === "config-file-unreadable")
    return input.file.kind === "file"
      ? `Correct what ${sdkList(failing)} cannot parse: ${UNPARSABLE_LINES_LISTED}.`
      : `${input.configPath.path} is not a readable file: config-file-path says what is there.`;
  if (code === "profile-not-found") return "Select an existing profile, or create it with dbcfg configure --profile <name> --token-stdin.";
  if (code === "unknown-auth-type" || code === "auth-not-configured")
    return "Unset DATABRICKS_AUTH_TYPE (or auth_type in the profile), or configure the method it names.";
  return "Correct the value the message names (dbcfg describe shows where each value comes from).";
}

/**
 * Can the SDKs authenticate at all with this shell and file? Resolves the selected profile with
 * the environment as the Go (CLI, Terraform), Python and JS SDKs do and reports each SDK's exact
 * error — the text users otherwise get with no explanation (databricks/cli#1710, #1227). Conflicting methods are
 * auth-conflict's finding and are not repeated here.
 */
export const authResolves: GlobalCheck = {
  id: "auth-resolves",
  title: "The SDKs can authenticate",
  group: "environment",
  help: "Resolves this shell's configuration (explicit --profile, environment, then the profile) exactly as the Go SDK/CLI, the Python SDK and the JS SDK do, offline, and fails with each SDK's exact error text when one of them cannot configure credentials.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input, cli }) {
    const noConfigAtAll = input.file.kind !== "file" && envAttributes(input.env).size === 0;
    if (noConfigAtAll) return [{ status: "skip", message: "Skipped: there is no configuration yet (see config-file-path)." }];
    const outcomes = (await resolveEachSdk(input, cli)).filter((o) => o.error?.code !== "multiple-auth-methods");
    if (outcomes.length === 0) return [{ status: "skip", message: "Skipped: see auth-conflict." }];
    const failures = outcomes.filter((o) => o.error);
    if (failures.length === 0) {
      const lines = [...groupBy(outcomes, describeSuccess)].map(([text, who]) => `${sdkList(who)}: ${text}`);
      return [{ status: "pass", message: `${lines.length === 1 ? lines[0]!.replace(/^every SDK: /, "Every SDK resolves ") : lines.join("; ")}.` }];
    }
    const findings: CheckOutcome[] = [];
    for (const [message, who] of groupBy(failures, (o) => o.error!.message)) {
      findings.push({
        status: "fail",
        message: `${who.length === 3 ? "No SDK (Go and the CLI, Python, JS) can" : `${sdkList(who).replace(/^./, (c) => c.toUpperCase())} cannot`} authenticate: ${message}`,
        fix: fixFor(who, input),
      });
    }
    return findings;
  },
};
