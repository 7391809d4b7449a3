/** The profile every SDK falls back to when none is named. */
export const DEFAULT_PROFILE = "DEFAULT";
/** The reserved section that holds file-wide settings; never a profile. */
export const SETTINGS_SECTION = "__settings__";
/** The key in `[__settings__]` naming the profile used when none is given. */
export const DEFAULT_PROFILE_KEY = "default_profile";
/** The environment variable that points the SDKs at another config file. */
export const ENV_CONFIG_FILE = "DATABRICKS_CONFIG_FILE";
/** Where the SDKs look when `DATABRICKS_CONFIG_FILE` is unset, relative to the home folder. */
export const DEFAULT_CONFIG_FILE_NAME = ".databrickscfg";
