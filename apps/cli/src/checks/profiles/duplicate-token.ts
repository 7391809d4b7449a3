import { redact } from "@dbcfg/pat";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { analyzeHost } from "@dbcfg/config-file";
import { keyLocation } from "../../doctor/input/locate.js";
import { SETTINGS_SECTION } from "@dbcfg/config-file";
import { shellQuote } from "../../cli/shell-quote.js";

/** One token in several profiles: a token pasted into the wrong profile, or one revocation breaking many. */
export const duplicateToken: GlobalCheck = {
  id: "duplicate-token",
  title: "Same token in several profiles",
  group: "profiles",
  help: "A PAT belongs to one workspace. The same token in profiles for different hosts was pasted into the wrong profile (it fails there); for the same host, revoking or rotating it breaks every profile at once.",
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const byToken = new Map<string, string[]>();
    for (const [profile, keys] of input.profiles) {
      const token = keys.get("token")?.value.trim();
      if (profile === SETTINGS_SECTION || !token) continue;
      byToken.set(token, [...(byToken.get(token) ?? []), profile]);
    }
    const outcomes: CheckOutcome[] = [];
    for (const [token, profiles] of byToken) {
      if (profiles.length < 2) continue;
      const hosts = new Set(profiles.map((p) => analyzeHost(input.profiles.get(p)?.get("host")?.value ?? "").normalized ?? ""));
      const list = profiles.map((p) => `[${p}]`).join(", ");
      const entry = input.profiles.get(profiles[1]!)!.get("token")!;
      outcomes.push(
        hosts.size > 1
          ? {
              status: "fail",
              message: `${list} share the token ${redact(token)} but point at different hosts; a PAT works only in the workspace that issued it.`,
              fix: `Create a token in each workspace and store it in its own profile (dbcfg configure --profile ${shellQuote(profiles[1]!)} --token-stdin).`,
              location: keyLocation(input, entry),
            }
          : {
              status: "warn",
              message: `${list} share the token ${redact(token)}; revoking or rotating it breaks all of them.`,
              fix: `Keep one profile per token and delete the copies, or give each profile its own token.`,
              location: keyLocation(input, entry),
            },
      );
    }
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: "Every token appears in one profile only." }];
  },
};
