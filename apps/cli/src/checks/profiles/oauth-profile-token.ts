import { redact } from "@dbcfg/pat";
import { keyLocation, profileKey } from "../../doctor/input/locate.js";
import { OAUTH_AUTH_TYPES, pinnedAuthType } from "../../doctor/input/oauth-profile.js";
import type { CheckOutcome, ProfileCheck } from "../../doctor/engine/types.js";
import { shellQuote } from "../../cli/shell-quote.js";

const ENV_TOKEN = "DATABRICKS_TOKEN";

/**
 * A profile's pinned `auth_type` against the tokens around it: an OAuth profile that still holds a
 * `token` line (never sent, yet a PAT lying in the file), and DATABRICKS_TOKEN next to a profile
 * pinned to `databricks-cli` (the variable is ignored) or to `pat` (the variable's token is sent,
 * not the profile's). Attribute precedence: https://docs.databricks.com/aws/en/dev-tools/auth/unified-auth
 */
export const oauthProfileToken: ProfileCheck = {
  id: "oauth-profile-token",
  title: "OAuth profiles and stray tokens",
  group: "profiles",
  help: "A profile pinned to an OAuth auth_type (databricks-cli, oauth-m2m, …) never sends its token line, which is then a live PAT kept for nothing; DATABRICKS_TOKEN is ignored by a profile pinned to databricks-cli and replaces the token of one pinned to pat.",
  requires: [],
  online: false,
  scope: "profile",
  run({ input }, profile) {
    const authType = pinnedAuthType(input, profile);
    if (authType === undefined) return [{ status: "pass", message: `[${profile}] pins no auth_type.` }];
    const outcomes: CheckOutcome[] = [];
    const token = profileKey(input, profile, "token");
    const envToken = input.env[ENV_TOKEN];
    if (OAUTH_AUTH_TYPES.has(authType) && token && token.value.trim() !== "") {
      outcomes.push({
        status: "warn",
        message: `[${profile}] uses OAuth (auth_type = ${authType}) but still holds token = ${redact(token.value.trim())}: it is never sent, yet it is a working credential lying in the file.`,
        fix: `Revoke it (dbcfg token list, then dbcfg token revoke <id>) and delete the token line from [${profile}].`,
        location: keyLocation(input, token),
      });
    }
    if (envToken && authType === "databricks-cli") {
      outcomes.push({
        status: "warn",
        message: `${ENV_TOKEN} (${redact(envToken)}) is set, but [${profile}] pins auth_type = databricks-cli: the SDKs use the OAuth login and ignore the variable.`,
        fix: `unset ${ENV_TOKEN}   (or remove auth_type from [${profile}] to use the token)`,
      });
    }
    if (envToken && authType === "pat" && token && token.value.trim() !== envToken.trim()) {
      outcomes.push({
        status: "warn",
        message: `[${profile}] pins auth_type = pat, and ${ENV_TOKEN} (${redact(envToken)}) replaces its token ${redact(token.value.trim())}: the variable's token is the one sent.`,
        fix: `unset ${ENV_TOKEN}   (or store that token in [${profile}] with dbcfg configure --profile ${shellQuote(profile)} --token-stdin)`,
        location: keyLocation(input, token),
      });
    }
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: `[${profile}] pins auth_type = ${authType} and nothing contradicts it.` }];
  },
};
