import type { GlobalCheck } from "../../doctor/engine/types.js";
import { sectionLocation } from "../../doctor/input/locate.js";
import { DEFAULT_PROFILE, SETTINGS_SECTION } from "@dbcfg/config-file";

/** An empty `[DEFAULT]` next to named profiles: a bare command has nothing to use (databricks/cli#1710). */
export const emptyDefault: GlobalCheck = {
  id: "empty-default",
  title: "Usable default profile",
  group: "profiles",
  help: 'Without --profile, DATABRICKS_CONFIG_PROFILE or [__settings__] default_profile, the SDKs fall back to [DEFAULT]. An empty or missing [DEFAULT] beside named profiles gives the opaque "cannot configure default credentials" error.',
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const pinned = input.profiles.get(SETTINGS_SECTION)?.get("default_profile")?.value;
    if (pinned)
      return [
        { status: "pass", message: `[__settings__] default_profile picks [${pinned}] (the Go CLI and current SDKs; older SDKs still fall back to [DEFAULT]).` },
      ];
    const keys = input.profiles.get(DEFAULT_PROFILE);
    if (keys && keys.size > 0) return [{ status: "pass", message: "[DEFAULT] holds a configuration for commands run without a profile." }];
    const named = input.profileNames.filter((p) => p !== DEFAULT_PROFILE);
    if (named.length === 0) return [{ status: "pass", message: "No profiles yet." }];
    const section = input.sections.find((s) => s.name === DEFAULT_PROFILE);
    return [
      {
        status: "warn",
        message: `${section ? "[DEFAULT] is empty" : "There is no [DEFAULT]"} and no default_profile is set, so commands without --profile fail with "cannot configure default credentials"; named profiles: ${named.join(", ")}.`,
        fix: `Add a [__settings__] section with "default_profile = ${named[0]}", or always pass --profile.`,
        ...(section ? { location: sectionLocation(input, section) } : {}),
      },
    ];
  },
};
