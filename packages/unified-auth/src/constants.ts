// The file-format constants (`[DEFAULT]`, `[__settings__]`, `default_profile`, `DATABRICKS_CONFIG_FILE`)
// are defined once, in @dbcfg/config-file.
export { DEFAULT_PROFILE, SETTINGS_SECTION, DEFAULT_PROFILE_KEY, ENV_CONFIG_FILE } from "@dbcfg/config-file";
/** Where every SDK looks when `config_file` is not set. */
export const DEFAULT_CONFIG_FILE = "~/.databrickscfg";
/** The env var most often responsible for a token going to the wrong workspace. */
export const ENV_HOST = "DATABRICKS_HOST";
/** Names the profile; counts as explicit, since env is loaded before the file. */
export const ENV_CONFIG_PROFILE = "DATABRICKS_CONFIG_PROFILE";
export const DOCS_URL = "https://docs.databricks.com/en/dev-tools/auth.html#databricks-client-unified-authentication";
/** The "no credential matched" text, without the `default auth: ` prefix. */
export const CANNOT_CONFIGURE_DEFAULT = `cannot configure default credentials, please check ${DOCS_URL} to configure credentials for your preferred authentication method`;
export const DEFAULT_SCOPES: readonly string[] = ["all-apis"];
