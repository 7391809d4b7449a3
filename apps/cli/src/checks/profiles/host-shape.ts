import type { CheckOutcome, ProfileCheck } from "../../doctor/engine/types.js";
import { analyzeHost, isSafelyFixable } from "../../doctor/input/analyze-host.js";
import { keyLocation, profileKey, profileLocation } from "../../doctor/input/locate.js";

/** Host strings in the wrong format are the most frequent Databricks auth problem (P1, P5). */
export const hostShape: ProfileCheck = {
  id: "host-shape",
  title: "Host format",
  group: "profiles",
  help: "Each profile's host must be https://<workspace-host> with no path, query or trailing slash (Go, Python and JS clean these up differently), on a known Databricks domain; an account-console host cannot use a personal access token.",
  requires: [],
  online: false,
  scope: "profile",
  run({ input }, profile) {
    const entry = profileKey(input, profile, "host");
    if (!entry || entry.value.trim() === "") {
      if (input.profiles.get(profile)?.size === 0) return [{ status: "skip", message: "Skipped: the profile is empty." }];
      return [{ status: "fail", message: `[${profile}] has no host; every request fails ("host is required").`, fix: `Add a line "host = https://<workspace-host>" to [${profile}].`, ...(profileLocation(input, profile) ? { location: profileLocation(input, profile)! } : {}) }];
    }
    const analysis = analyzeHost(entry.value);
    const location = keyLocation(input, entry);
    const workspaceLine = analysis.workspaceId ? ` and "workspace_id = ${analysis.workspaceId}"` : "";
    const byFix = isSafelyFixable(analysis) ? " (dbcfg doctor --fix does this)" : "";
    const fix = analysis.normalized ? `Write "host = ${analysis.normalized}"${workspaceLine} in [${profile}]${byFix}.` : `Write "host = https://<workspace-host>" in [${profile}].`;
    const outcomes: CheckOutcome[] = analysis.problems.map((p) => ({ status: p.severity, message: `[${profile}] ${p.message}.`, fix, location }));
    if (analysis.isAccount && input.profiles.get(profile)?.has("token")) {
      outcomes.push({ status: "warn", message: `[${profile}] points at the account console (${analysis.hostname}) with a personal access token; PATs are workspace credentials and account APIs reject them.`, fix: "Use the workspace URL for PAT profiles, or OAuth (client_id/client_secret with account_id) for the account console.", location });
    }
    if (analysis.isAccount && !input.profiles.get(profile)?.has("account_id")) {
      outcomes.push({ status: "fail", message: `[${profile}] is an account-console host without account_id.`, fix: `Add "account_id = <uuid>" to [${profile}].`, location });
    }
    if (outcomes.length > 0) return outcomes;
    const where = analysis.loopback ? "a local (loopback) host" : `${analysis.cloud ?? "a"} workspace`;
    return [{ status: "pass", message: `[${profile}] ${analysis.normalized} (${where}).`, location }];
  },
};
