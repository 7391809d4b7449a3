/** The profile used when none is named: `[DEFAULT]`. */
export const DEFAULT_PROFILE = "DEFAULT";
/** The reserved section holding `default_profile` (Go and Python; unknown to the JS SDK). */
export const SETTINGS_SECTION = "__settings__";
/** The key in `[__settings__]` that names the default profile. */
export const DEFAULT_PROFILE_KEY = "default_profile";
/** Where every SDK looks when `config_file` is not set. */
export const DEFAULT_CONFIG_FILE = "~/.databrickscfg";
/** The env var most often responsible for a token going to the wrong workspace. */
export const ENV_HOST = "DATABRICKS_HOST";
/** Names the profile; counts as explicit, since env is loaded before the file. */
export const ENV_CONFIG_PROFILE = "DATABRICKS_CONFIG_PROFILE";
/** Replaces `~/.databrickscfg`. */
export const ENV_CONFIG_FILE = "DATABRICKS_CONFIG_FILE";
export const DOCS_URL = "https://docs.databricks.com/en/dev-tools/auth.html#databricks-client-unified-authentication";
/** The "no credential matched" text, without the `default auth: ` prefix. */
export const CANNOT_CONFIGURE_DEFAULT = `cannot configure default credentials, please check ${DOCS_URL} to configure credentials for your preferred authentication method`;
export const DEFAULT_SCOPES: readonly string[] = ["all-apis"];
