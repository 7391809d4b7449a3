import type { DialectProfiles } from "@dbcfg/config-file";
import { DEFAULT_PROFILE, DEFAULT_PROFILE_KEY, ENV_CONFIG_PROFILE, SETTINGS_SECTION } from "./constants.js";
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

/** Why a profile was selected: a `profile` argument (e.g. `--profile`), `DATABRICKS_CONFIG_PROFILE`, `[__settings__] default_profile`, or the `DEFAULT` fallback. */
export type ProfileSelectionReason = "argument" | "env" | "settings" | "fallback";

/** The profile an SDK would select, and why; whether it exists is a separate question. */
export interface ProfileSelection {
  name: string;
  reason: ProfileSelectionReason;
}

/**
 * The profile `dialect` selects (see {@link selectProfile}) given a `profile` argument and the
 * environment: the argument, else `DATABRICKS_CONFIG_PROFILE` (Go and Python skip an empty value,
 * JS takes it), else `[__settings__] default_profile` (not JS), else `DEFAULT`.
 */
export function selectedProfile(options: {
  dialect?: Dialect;
  file: DialectProfiles;
  profile?: string;
  env: Readonly<Record<string, string | undefined>>;
}): ProfileSelection {
  const dialect = options.dialect ?? "go";
  if (options.profile !== undefined) return { name: options.profile, reason: "argument" };
  const fromEnv = options.env[ENV_CONFIG_PROFILE];
  if (fromEnv !== undefined && (fromEnv !== "" || dialect === "js")) return { name: fromEnv || DEFAULT_PROFILE, reason: "env" };
  const { name, via } = chooseName(dialect, options.file, undefined);
  return { name, reason: via === "settings" ? "settings" : "fallback" };
}

/** The profiles of a file, in file order, as `databricks auth profiles` lists them: `[__settings__]` and an empty implicit `[DEFAULT]` left out. */
export function profileNames(file: DialectProfiles): string[] {
  return Object.keys(file.profiles).filter((name) => name !== SETTINGS_SECTION && !(name === DEFAULT_PROFILE && keyCount(file, name) === 0));
}

function chooseName(dialect: Dialect, file: DialectProfiles, requested: string | undefined): { name: string; via: "explicit" | "settings" | "fallback" } {
  if (dialect === "js") return { name: requested || DEFAULT_PROFILE, via: requested === undefined ? "fallback" : "explicit" };
  if (requested) return { name: requested, via: "explicit" };
  const setting = Object.hasOwn(file.profiles, SETTINGS_SECTION) ? file.profiles[SETTINGS_SECTION]?.[DEFAULT_PROFILE_KEY]?.trim() : undefined;
  return setting ? { name: setting, via: "settings" } : { name: DEFAULT_PROFILE, via: "fallback" };
}

/**
 * The profile to load (databricks-sdk-go@1ff3c785 `config/config_file.go`,
 * databricks-sdk-py@9ae22415 `databricks/sdk/config.py` `_known_file_config_loader`): the explicit/env profile; else (Go and
 * Python) `[__settings__] default_profile`; else `DEFAULT` as a silent fallback. JS knows no
 * `[__settings__]` and takes `profile || "DEFAULT"`, an explicit `""` still counting as explicit.
 */
export function selectProfile(dialect: Dialect, file: DialectProfiles, requested: string | undefined): ProfileChoice {
  const { name, via } = chooseName(dialect, file, requested);
  if (dialect !== "js" && name === SETTINGS_SECTION) return { kind: "reserved" };
  const fallback = via === "fallback";
  if (!present(dialect, file, name)) return fallback ? { kind: "none" } : { kind: "missing", name };
  return { kind: "profile", name, fallback, via };
}
