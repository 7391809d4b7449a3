import type { GlobalCheck } from "../../doctor/engine/types.js";
import { ENV_CONFIG_PROFILE } from "@dbcfg/unified-auth";
import { nearestName } from "../../cli/nearest-name.js";
import { shellQuote } from "../../cli/shell-quote.js";

/** `DATABRICKS_CONFIG_PROFILE` naming a profile that is not in the file (databricks/databricks-vscode#1823: quotes inside the value). */
export const envProfileMissing: GlobalCheck = {
  id: "env-profile-missing",
  title: "DATABRICKS_CONFIG_PROFILE names a profile",
  group: "environment",
  help: 'DATABRICKS_CONFIG_PROFILE selects a profile for every SDK; a name that is not in the file (wrong case, stray quotes from a .env file) fails with "has no <name> profile configured".',
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const value = input.env[ENV_CONFIG_PROFILE];
    if (value === undefined || value === "") return [{ status: "pass", message: `${ENV_CONFIG_PROFILE} is not set.` }];
    const unquoted = value.trim().replace(/^(["'])(.*)\1$/, "$2");
    if (unquoted !== value && input.profiles.has(unquoted)) {
      return [
        {
          status: "fail",
          message: `${ENV_CONFIG_PROFILE} is ${JSON.stringify(value)}: the quotes or spaces are part of the value, so no profile matches.`,
          fix: `export ${ENV_CONFIG_PROFILE}=${unquoted}`,
        },
      ];
    }
    if ((input.profiles.get(value)?.size ?? 0) > 0) return [{ status: "pass", message: `${ENV_CONFIG_PROFILE}=${value} selects an existing profile.` }];
    const suggestion = nearestName(value, input.profileNames);
    return [
      {
        status: "fail",
        message: `${ENV_CONFIG_PROFILE}=${value}, but ${input.configPath.path} has no such profile${suggestion ? ` (did you mean "${suggestion}"?)` : ""}: the SDKs fail with "resolve: ${input.configPath.path} has no ${value} profile configured".`,
        fix: suggestion
          ? `export ${ENV_CONFIG_PROFILE}=${suggestion}`
          : `unset ${ENV_CONFIG_PROFILE}   (or create it: dbcfg configure --profile ${shellQuote(value)} --token-stdin)`,
      },
    ];
  },
};
