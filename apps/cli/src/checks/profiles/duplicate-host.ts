import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { analyzeHost } from "@dbcfg/config-file";
import { profileLocation } from "../../doctor/input/locate.js";
import { SETTINGS_SECTION } from "@dbcfg/config-file";
import { shellQuote } from "../../cli/shell-quote.js";

/** Several profiles for one host make host-based profile lookup ambiguous (databricks/cli PR #4624). */
export const duplicateHost: GlobalCheck = {
  id: "duplicate-host",
  title: "Several profiles for one host",
  group: "profiles",
  help: 'Flows that pick a profile by host (bundles, Terraform\'s `databricks auth token --host`, `DATABRICKS_HOST` without a profile in the CLI) fail with "multiple profiles matched" when two profiles share a host and workspace_id.',
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const byHost = new Map<string, string[]>();
    for (const [profile, keys] of input.profiles) {
      const host = keys.get("host")?.value;
      if (profile === SETTINGS_SECTION || !host) continue;
      const normalized = analyzeHost(host).normalized;
      if (!normalized) continue;
      const key = `${normalized} ${keys.get("workspace_id")?.value ?? ""}`;
      byHost.set(key, [...(byHost.get(key) ?? []), profile]);
    }
    const outcomes: CheckOutcome[] = [];
    for (const [key, profiles] of byHost) {
      if (profiles.length < 2) continue;
      const host = key.split(" ")[0]!;
      const location = profileLocation(input, profiles[1]!);
      outcomes.push({
        status: "warn",
        message: `${profiles.map((p) => `[${p}]`).join(", ")} all point at ${host}; the CLI's host lookup fails with "${host}: multiple profiles matched: ${profiles.join(", ")}: please set DATABRICKS_CONFIG_PROFILE or provide --profile flag to specify one".`,
        fix: `Pass --profile (or set DATABRICKS_CONFIG_PROFILE=${shellQuote(profiles[0]!)}), or give each profile a distinguishing workspace_id.`,
        ...(location ? { location } : {}),
      });
    }
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: "Each host belongs to one profile." }];
  },
};
