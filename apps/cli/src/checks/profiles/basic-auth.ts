import { BASIC_AUTH_END_OF_LIFE } from "@dbcfg/config-file";
import type { ProfileCheck } from "../../doctor/engine/types.js";
import { keyLocation, profileKey } from "../../doctor/input/locate.js";
import { shellQuote } from "../../cli/shell-quote.js";

/** Databricks-managed passwords reached end of life on 2024-07-10 (databricks/terraform-provider-databricks#3698): `BASIC_AUTH_END_OF_LIFE`. */
export const basicAuth: ProfileCheck = {
  id: "basic-auth",
  title: "Basic authentication",
  group: "profiles",
  help: `username/password (basic) authentication with Databricks-managed passwords reached end of life on ${BASIC_AUTH_END_OF_LIFE}; workspaces reject it. Use a personal access token or OAuth.`,
  requires: [],
  online: false,
  scope: "profile",
  run({ input }, profile) {
    const entry = profileKey(input, profile, "password") ?? profileKey(input, profile, "username");
    if (!entry) return [{ status: "pass", message: `[${profile}] does not use basic authentication.` }];
    return [
      {
        status: "fail",
        message: `[${profile}] uses username/password (basic) authentication, which reached end of life on ${BASIC_AUTH_END_OF_LIFE} for Databricks-managed passwords.`,
        fix: `Delete username/password from [${profile}] and store a token with \`dbcfg configure --profile ${shellQuote(profile)} --token-stdin\``,
        location: keyLocation(input, entry),
      },
    ];
  },
};
