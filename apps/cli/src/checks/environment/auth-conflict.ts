import type { ProfileCheck } from "../../doctor/engine/types.js";
import { possibleAuthGroups } from "../../doctor/input/profile-attributes.js";
import { profileLocation } from "../../doctor/input/locate.js";
import { groupBy, resolveEachSdk, sdkList } from "../../doctor/input/resolve-per-sdk.js";

/** Credentials of two methods at once: predicts each SDK's exact "more than one authorization method" error (reported in databricks/cli#1639; pinned by databricks-sdk-go `config/auth_permutations_test.go` `TestConfig_ConflictingEnvs`). */
export const authConflict: ProfileCheck = {
  id: "auth-conflict",
  title: "One authentication method",
  group: "environment",
  help: 'When the profile and the environment together set credentials of two methods (e.g. a token and DATABRICKS_CLIENT_ID/SECRET) and no auth_type picks one, the SDKs fail with "validate: more than one authorization method configured". Resolved with @dbcfg/unified-auth, so each message is that SDK\'s own.',
  requires: [],
  online: false,
  scope: "profile",
  async run({ input, cli }, profile) {
    const withEnv = profile === input.selection.name;
    const pass = { status: "pass" as const, message: `[${profile}]${withEnv ? " (with the environment)" : ""} configures at most one authentication method.` };
    if (possibleAuthGroups(input, profile, withEnv) < 2) return [pass];
    const outcomes = await resolveEachSdk(input, cli, { profile, withEnv, selectAuth: false });
    const conflicts = outcomes.filter((o) => o.error?.code === "multiple-auth-methods");
    if (conflicts.length === 0) return [pass];
    const texts = [...groupBy(conflicts, (o) => o.error!.message)].map(
      ([message, who]) => `${sdkList(who)} fail${who.length === 1 || who.length === 3 ? "s" : ""} with: ${message}`,
    );
    const location = profileLocation(input, profile);
    return [
      {
        status: "fail",
        message: `[${profile}]${withEnv ? " with the environment" : ""} configures more than one authentication method; ${texts.join(" — ")}`,
        fix: `Remove one method's keys or variables, or set auth_type in [${profile}] (e.g. auth_type = pat).`,
        ...(location ? { location } : {}),
      },
    ];
  },
};
