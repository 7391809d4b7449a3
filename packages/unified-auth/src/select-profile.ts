import type { DialectProfiles } from "@dbcfg/config-file";
import { DEFAULT_PROFILE, DEFAULT_PROFILE_KEY, SETTINGS_SECTION } from "./constants.js";
import type { Dialect } from "./types.js";

export type ProfileChoice =
  | { kind: "profile"; name: string; fallback: boolean; via: "explicit" | "settings" | "fallback" }
  | { kind: "reserved" }
  /** The implicit DEFAULT is missing or empty: nothing is loaded, silently. */
  | { kind: "none" }
  | { kind: "missing"; name: string };

function keyCount(file: DialectProfiles, name: string): number {
  const section = Object.hasOwn(file.profiles, name) ? file.profiles[name] : undefined;
  return section ? Object.keys(section).length : 0;
}

/** Whether `name` counts as an existing profile for `dialect`. */
function present(dialect: Dialect, file: DialectProfiles, name: string): boolean {
  switch (dialect) {
    case "go":
      return keyCount(file, name) > 0;
    case "python":
      return name === DEFAULT_PROFILE ? keyCount(file, name) > 0 : Object.hasOwn(file.profiles, name);
    case "js":
      // `iniFile[profile]` is truthy for inherited names such as `constructor` too.
      return keyCount(file, name) > 0 || name in {};
  }
}

/**
 * The profile to load (databricks-sdk-go@1ff3c785 `config/config_file.go`,
 * databricks-sdk-py@9ae22415 `databricks/sdk/config.py` `_known_file_config_loader`): the explicit/env profile; else (Go and
 * Python) `[__settings__] default_profile`; else `DEFAULT` as a silent fallback. JS knows no
 * `[__settings__]` and takes `profile || "DEFAULT"`, an explicit `""` still counting as explicit.
 */
export function selectProfile(dialect: Dialect, file: DialectProfiles, requested: string | undefined): ProfileChoice {
  let name: string;
  let via: "explicit" | "settings" | "fallback";
  if (dialect === "js") {
    name = requested || DEFAULT_PROFILE;
    via = requested === undefined ? "fallback" : "explicit";
  } else if (requested) {
    name = requested;
    via = "explicit";
  } else {
    const setting = Object.hasOwn(file.profiles, SETTINGS_SECTION) ? file.profiles[SETTINGS_SECTION]?.[DEFAULT_PROFILE_KEY]?.trim() : undefined;
    name = setting || DEFAULT_PROFILE;
    via = setting ? "settings" : "fallback";
  }
  if (dialect !== "js" && name === SETTINGS_SECTION) return { kind: "reserved" };
  const fallback = via === "fallback";
  if (!present(dialect, file, name)) return fallback ? { kind: "none" } : { kind: "missing", name };
  return { kind: "profile", name, fallback, via };
}
