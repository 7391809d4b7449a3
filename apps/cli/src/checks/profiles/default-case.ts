import type { GlobalCheck } from "../../doctor/engine/types.js";
import { sectionLocation } from "../../doctor/input/locate.js";
import { DEFAULT_PROFILE } from "@dbcfg/config-file";

/** Section names are case-sensitive: `[default]` is not the fallback profile (gopkg.in/ini.v1, configparser and npm `ini` all compare section names exactly). */
export const defaultCase: GlobalCheck = {
  id: "default-case",
  title: "DEFAULT profile spelling",
  group: "profiles",
  help: "Profile names are case-sensitive in every SDK. Only [DEFAULT] is the fallback profile; [default] or [Default] is an ordinary profile that nothing picks automatically.",
  requires: [],
  online: false,
  scope: "global",
  run({ input }) {
    const lookalike = input.sections.find((s) => s.name !== DEFAULT_PROFILE && s.name.toUpperCase() === DEFAULT_PROFILE);
    if (!lookalike) return [{ status: "pass", message: "No [default]-style look-alike of [DEFAULT]." }];
    const hasDefault = (input.profiles.get(DEFAULT_PROFILE)?.size ?? 0) > 0;
    return [
      {
        status: "warn",
        message: `[${lookalike.name}] is not [DEFAULT]: names are case-sensitive, so ${hasDefault ? "the SDKs use [DEFAULT] and ignore it" : 'the SDKs find no default profile and fail with "cannot configure default credentials"'}.`,
        fix: hasDefault ? `Rename or delete [${lookalike.name}].` : `Rename [${lookalike.name}] to [DEFAULT].`,
        location: sectionLocation(input, lookalike),
      },
    ];
  },
};
