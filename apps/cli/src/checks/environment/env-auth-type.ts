import type { GlobalCheck } from "../../doctor/engine/types.js";
import { envAttributes } from "@dbcfg/unified-auth";
import { profileAttributes } from "../../doctor/input/profile-attributes.js";
import { groupBy, resolveEachSdk, sdkList } from "../../doctor/input/resolve-per-sdk.js";

const FORCED_AUTH_ERRORS = new Set(["auth-not-configured", "unknown-auth-type", "no-credentials", "auth-failed"]);

/** `DATABRICKS_AUTH_TYPE` (or `auth_type`) forcing a method that is not configured, with each SDK's exact error. */
export const envAuthType: GlobalCheck = {
  id: "env-auth-type",
  title: "DATABRICKS_AUTH_TYPE matches the configuration",
  group: "environment",
  help: "DATABRICKS_AUTH_TYPE (or auth_type in the profile) makes the SDKs try only that method: an unknown name, or a method whose inputs are missing, fails even if a token is configured, and DATABRICKS_TOKEN is then ignored. Resolved with @dbcfg/unified-auth, so each SDK's own error text is shown.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input, cli }) {
    const env = envAttributes(input.env);
    const profile = profileAttributes(input, input.selection.name);
    const forced = env.get("auth_type")?.value ?? profile.get("auth_type")?.value;
    if (!forced) return [{ status: "pass", message: "No auth type is forced; the SDKs try each method in order." }];
    const from = env.has("auth_type") ? "DATABRICKS_AUTH_TYPE" : `auth_type in [${input.selection.name}]`;
    const fix = env.has("auth_type") ? "unset DATABRICKS_AUTH_TYPE" : `Remove auth_type from [${input.selection.name}], or add what ${forced} needs.`;
    const failing = (await resolveEachSdk(input, cli)).filter((o) => o.error !== undefined && FORCED_AUTH_ERRORS.has(o.error.code));
    if (failing.length > 0) {
      const texts = [...groupBy(failing, (o) => o.error!.message)].map(
        ([message, who]) => `${sdkList(who)} fail${who.length === 1 || who.length === 3 ? "s" : ""} with: ${message}`,
      );
      return [{ status: "fail", message: `${from} = ${forced}, and that method cannot work here: ${texts.join(" — ")}`, fix }];
    }
    if (forced !== "pat" && (env.has("token") || profile.has("token"))) {
      return [{ status: "warn", message: `${from} = ${forced}, so the configured token is ignored.`, fix }];
    }
    return [{ status: "pass", message: `${from} = ${forced}, and its inputs are set.` }];
  },
};
