import type { GlobalCheck } from "../../doctor/engine/types.js";
import { keyLocation } from "../../doctor/input/locate.js";
import { SETTINGS_SECTION } from "@dbcfg/config-file";
import { nearestName } from "../../cli/nearest-name.js";

/** `[__settings__] default_profile` must name an existing profile, and not `__settings__` itself. */
export const defaultProfileTarget: GlobalCheck = {
  id: "default-profile-target",
  title: "default_profile target",
  group: "profiles",
  help: '[__settings__] default_profile pins the profile used without --profile. If it names a profile that does not exist, every such command fails with "has no <name> profile configured".',
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const entry = input.profiles.get(SETTINGS_SECTION)?.get("default_profile");
    if (!entry || entry.value.trim() === "") return [{ status: "pass", message: "No default_profile is set." }];
    const name = entry.value.trim();
    const location = keyLocation(input, entry);
    if (name === SETTINGS_SECTION) {
      return [
        {
          status: "fail",
          message: `default_profile = __settings__: Go fails with "resolve: ${input.configPath.path}: __settings__ is a reserved section name and cannot be used as a profile".`,
          fix: "Set default_profile to a real profile name.",
          location,
        },
      ];
    }
    if ((input.profiles.get(name)?.size ?? 0) > 0) return [{ status: "pass", message: `default_profile = ${name} exists.`, location }];
    const suggestion = nearestName(name, input.profileNames);
    return [
      {
        status: "fail",
        message: `default_profile = ${name}, but there is no such profile${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; the CLI fails with "resolve: ${input.configPath.path} has no ${name} profile configured".`,
        fix: `Set default_profile = ${suggestion ?? "<an existing profile>"} in [__settings__].`,
        location,
      },
    ];
  },
};
