import type { GlobalCheck } from "../../doctor/engine/types.js";
import { DEFAULT_PROFILE } from "@dbcfg/config-file";
import { nearestName } from "../../cli/nearest-name.js";
import { ENV_CONFIG_PROFILE, fileSkippedByEnv } from "@dbcfg/unified-auth";
import { shellQuote } from "../../cli/shell-quote.js";

/** Which profile a command run in this shell would use, and whether it exists. */
export const selectedProfile: GlobalCheck = {
  id: "selected-profile",
  title: "Selected profile",
  group: "environment",
  help: "Shows the profile the SDKs select (--profile, DATABRICKS_CONFIG_PROFILE, [__settings__] default_profile, then [DEFAULT]) and fails when an explicitly selected profile does not exist.",
  requires: ["config-file-path"],
  online: false,
  scope: "global",
  run({ input }) {
    const { name, reason: source } = input.selection;
    const skippers = source === "fallback" ? fileSkippedByEnv(input.env) : [];
    if (skippers.length > 0) {
      const names = skippers.map((s) => s.envName).join(", ");
      return [
        {
          status: "skip",
          message: `No profile is selected and ${names} ${skippers.length === 1 ? "is" : "are"} set, so the SDKs do not read the config file at all (see env-shadowing).`,
        },
      ];
    }
    const exists = (input.profiles.get(name)?.size ?? 0) > 0;
    const from =
      source === "fallback"
        ? "the [DEFAULT] fallback"
        : source === "settings"
          ? "[__settings__] default_profile"
          : source === "env"
            ? ENV_CONFIG_PROFILE
            : "--profile";
    if (exists) return [{ status: "pass", message: `[${name}] is selected (by ${from}).` }];
    if (source === "env") return [{ status: "skip", message: "Skipped: see env-profile-missing." }];
    if (source === "settings") return [{ status: "skip", message: "Skipped: see default-profile-target." }];
    if (source === "fallback") {
      return [
        {
          status: input.profileNames.length > 0 ? "warn" : "skip",
          message:
            input.profileNames.length > 0
              ? `No profile is selected and there is no usable [${DEFAULT_PROFILE}]: commands without --profile fail with "cannot configure default credentials".`
              : "Skipped: no profiles yet.",
          ...(input.profileNames.length > 0 ? { fix: `Pass --profile ${shellQuote(input.profileNames[0]!)} or set [__settings__] default_profile.` } : {}),
        },
      ];
    }
    const suggestion = nearestName(name, input.profileNames);
    return [
      {
        status: "fail",
        message: `--profile ${name}: ${input.configPath.path} has no such profile${suggestion ? ` (did you mean "${suggestion}"?)` : ""}.`,
        fix: suggestion ? `dbcfg doctor --profile ${shellQuote(suggestion)}` : `dbcfg configure --profile ${shellQuote(name)} --token-stdin`,
      },
    ];
  },
};
