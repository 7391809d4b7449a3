import { analyzeHost } from "@dbcfg/config-file";
import { ENVIRONMENTS } from "@dbcfg/unified-auth";
import { STATUS_OF_SEVERITY } from "../../doctor/engine/severity-status.js";
import type { CheckOutcome, ProfileCheck } from "../../doctor/engine/types.js";
import { keyLocation, profileKey, profileLocation } from "../../doctor/input/locate.js";

/** Host strings in the wrong format are the most frequent Databricks auth problem. */
export const hostShape: ProfileCheck = {
  id: "host-shape",
  title: "Host format",
  group: "profiles",
  help: "Each profile's host must be https://<workspace-host> with no path, query or trailing slash (Go, Python and JS clean these up differently), on a known Databricks domain; an account-console host needs account_id (a PAT there is account-host-pat's).",
  requires: [],
  online: false,
  scope: "profile",
  run({ input }, profile) {
    const entry = profileKey(input, profile, "host");
    if (!entry || entry.value.trim() === "") {
      if (input.profiles.get(profile)?.size === 0) return [{ status: "skip", message: "Skipped: the profile is empty." }];
      const location = profileLocation(input, profile);
      return [
        {
          status: "fail",
          message: `[${profile}] has no host; every request fails ("host is required").`,
          fix: `Add a line "host = https://<workspace-host>" to [${profile}].`,
          ...(location ? { location } : {}),
        },
      ];
    }
    const analysis = analyzeHost(entry.value);
    const location = keyLocation(input, entry);
    // The cloud from the SDKs' DNS-zone table; a loopback or account host has none and needs none.
    const cloud = analysis.hostname === undefined ? undefined : ENVIRONMENTS.find((environment) => analysis.hostname!.endsWith(environment.dnsZone))?.cloud;
    const fixTo = analysis.fix ?? (analysis.normalized ? { host: analysis.normalized, safe: false } : undefined);
    const workspaceLine = fixTo?.workspaceId ? ` and "workspace_id = ${fixTo.workspaceId}"` : "";
    const byFix = fixTo?.safe ? " (dbcfg doctor --fix does this)" : "";
    const fix = fixTo ? `Write "host = ${fixTo.host}"${workspaceLine} in [${profile}]${byFix}.` : `Write "host = https://<workspace-host>" in [${profile}].`;
    const outcomes: CheckOutcome[] = analysis.findings.map((f) => ({
      status: STATUS_OF_SEVERITY[f.severity],
      message: `[${profile}] ${f.message}.`,
      fix,
      location,
    }));
    if (analysis.hostname !== undefined && !cloud && !analysis.loopback && !analysis.isAccount) {
      outcomes.push({
        status: "warn",
        message: `[${profile}] ${analysis.hostname} is not a known Databricks domain; the SDKs will assume AWS (fine for private or custom domains, wrong for Azure/GCP).`,
        fix,
        location,
      });
    }
    if (analysis.isAccount && !input.profiles.get(profile)?.has("account_id")) {
      outcomes.push({
        status: "fail",
        message: `[${profile}] is an account-console host without account_id.`,
        fix: `Add "account_id = <uuid>" to [${profile}].`,
        location,
      });
    }
    if (outcomes.length > 0) return outcomes;
    const where = analysis.loopback ? "a local (loopback) host" : `${cloud ?? "a"} workspace`;
    return [{ status: "pass", message: `[${profile}] ${analysis.normalized} (${where}).`, location }];
  },
};
