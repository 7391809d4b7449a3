/**
 * The one table of Databricks unified-auth configuration attributes (the `name:`/`env:` tags of `Config` in
 * databricks-sdk-go@1ff3c785 `config/config.go`), in Go declaration order. Everything else — the schema of `.databrickscfg`, env loading,
 * validation groups, debug strings, redaction — is derived from it.
 */
export type AuthGroup = "azure" | "basic" | "env-oidc" | "file-oidc" | "google" | "metadata-service" | "oauth" | "pat";

export type AttributeType = "string" | "bool" | "int" | "float" | "list";

export interface AttributeSpec {
  /** The `.databrickscfg` key (Go's name where the SDKs differ). */
  readonly name: string;
  /** Environment variables, primary first; later entries are Python-only aliases. */
  readonly env: readonly string[];
  readonly authGroup?: AuthGroup;
  readonly sensitive: boolean;
  /** Go `auth:"-"`: no auth group, left out of Go debug strings. */
  readonly internal: boolean;
  readonly type: AttributeType;
  /** The type Python converts to, where it differs from Go's. */
  readonly pythonType?: AttributeType;
  /**
   * The key each SDK reads; an absent entry means that SDK has no such attribute. The JS SDK
   * reads the canonical `name` of the attributes it declares; `js` is set only on the attributes
   * no other SDK has.
   */
  readonly keys: { readonly go?: string; readonly python?: string; readonly js?: string };
  /** Go `auth_types`: the auth types that use the attribute (drives "not used for auth type X"). */
  readonly authTypes?: readonly string[];
}

type Row = [
  name: string,
  env: string | readonly string[] | null,
  group: AuthGroup | null,
  flags: string,
  type: AttributeType,
  extra?: Partial<Pick<AttributeSpec, "pythonType" | "keys" | "authTypes">>,
];

// flags: S = sensitive, I = internal.
const ROWS: readonly Row[] = [
  ["host", "DATABRICKS_HOST", null, "", "string"],
  ["cluster_id", "DATABRICKS_CLUSTER_ID", null, "", "string"],
  ["warehouse_id", "DATABRICKS_WAREHOUSE_ID", null, "", "string"],
  ["serverless_compute_id", "DATABRICKS_SERVERLESS_COMPUTE_ID", null, "", "string"],
  ["metadata_service_url", "DATABRICKS_METADATA_SERVICE_URL", "metadata-service", "S", "string", { authTypes: ["metadata-service"] }],
  ["account_id", "DATABRICKS_ACCOUNT_ID", null, "", "string"],
  ["workspace_id", "DATABRICKS_WORKSPACE_ID", null, "", "string"],
  ["token", "DATABRICKS_TOKEN", "pat", "S", "string", { authTypes: ["pat"] }],
  ["username", "DATABRICKS_USERNAME", "basic", "", "string", { authTypes: ["basic"] }],
  ["password", "DATABRICKS_PASSWORD", "basic", "S", "string", { authTypes: ["basic"] }],
  ["profile", "DATABRICKS_CONFIG_PROFILE", null, "", "string"],
  ["config_file", "DATABRICKS_CONFIG_FILE", null, "", "string"],
  ["oauth_callback_port", "DATABRICKS_OAUTH_CALLBACK_PORT", null, "I", "int", { keys: { go: "oauth_callback_port" } }],
  ["google_service_account", "DATABRICKS_GOOGLE_SERVICE_ACCOUNT", "google", "", "string", { authTypes: ["google-id"] }],
  ["google_credentials", "GOOGLE_CREDENTIALS", "google", "S", "string", { authTypes: ["google-credentials"] }],
  ["azure_workspace_resource_id", "DATABRICKS_AZURE_RESOURCE_ID", "azure", "", "string", { authTypes: ["azure-cli", "azure-msi"] }],
  ["azure_use_msi", "ARM_USE_MSI", "azure", "", "bool", { authTypes: ["azure-msi"] }],
  ["azure_client_secret", "ARM_CLIENT_SECRET", "azure", "S", "string", { authTypes: ["azure-client-secret"] }],
  ["azure_client_id", "ARM_CLIENT_ID", "azure", "", "string", { authTypes: ["azure-client-secret", "azure-msi"] }],
  ["azure_tenant_id", "ARM_TENANT_ID", "azure", "", "string", { authTypes: ["azure-cli", "azure-client-secret"] }],
  ["actions_id_token_request_url", "ACTIONS_ID_TOKEN_REQUEST_URL", null, "", "string", { keys: { go: "actions_id_token_request_url" } }],
  ["actions_id_token_request_token", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", null, "", "string", { keys: { go: "actions_id_token_request_token" } }],
  ["azure_environment", "ARM_ENVIRONMENT", null, "", "string"],
  ["azure_login_app_id", "DATABRICKS_AZURE_LOGIN_APP_ID", "azure", "", "string", { keys: { go: "azure_login_app_id" } }],
  ["client_id", "DATABRICKS_CLIENT_ID", "oauth", "", "string", { authTypes: ["oauth-m2m"] }],
  ["client_secret", "DATABRICKS_CLIENT_SECRET", "oauth", "S", "string", { authTypes: ["oauth-m2m"] }],
  ["scopes", null, null, "I", "list"],
  ["disable_oauth_refresh_token", "DATABRICKS_DISABLE_OAUTH_REFRESH_TOKEN", null, "I", "bool"],
  ["databricks_cli_path", "DATABRICKS_CLI_PATH", null, "", "string", { authTypes: ["databricks-cli"] }],
  ["auth_type", "DATABRICKS_AUTH_TYPE", null, "I", "string"],
  [
    "databricks_id_token_filepath",
    ["DATABRICKS_OIDC_TOKEN_FILEPATH", "DATABRICKS_OIDC_TOKEN_FILE"],
    "file-oidc",
    "",
    "string",
    { keys: { go: "databricks_id_token_filepath", python: "oidc_token_filepath" } },
  ],
  ["oidc_token_env", "DATABRICKS_OIDC_TOKEN_ENV", "env-oidc", "", "string"],
  ["skip_verify", null, null, "I", "bool"],
  ["http_timeout_seconds", null, null, "I", "int", { pythonType: "float" }],
  ["debug_truncate_bytes", "DATABRICKS_DEBUG_TRUNCATE_BYTES", null, "I", "int"],
  ["debug_headers", "DATABRICKS_DEBUG_HEADERS", null, "I", "bool"],
  ["rate_limit", "DATABRICKS_RATE_LIMIT", null, "I", "int"],
  ["retry_timeout_seconds", null, null, "I", "int"],
  ["cloud", "DATABRICKS_CLOUD", null, "I", "string"],
  ["audience", "DATABRICKS_TOKEN_AUDIENCE", null, "I", "string", { keys: { go: "audience", python: "token_audience" } }],
  ["discovery_url", "DATABRICKS_DISCOVERY_URL", null, "I", "string"],
  // Python-only attributes.
  ["max_connection_pools", null, null, "I", "int", { keys: { python: "max_connection_pools" } }],
  ["max_connections_per_pool", null, null, "I", "int", { keys: { python: "max_connections_per_pool" } }],
  ["disable_async_token_refresh", "DATABRICKS_DISABLE_ASYNC_TOKEN_REFRESH", null, "I", "bool", { keys: { python: "disable_async_token_refresh" } }],
  [
    "disable_experimental_files_api_client",
    "DATABRICKS_DISABLE_EXPERIMENTAL_FILES_API_CLIENT",
    null,
    "I",
    "bool",
    { keys: { python: "disable_experimental_files_api_client" } },
  ],
  ["authorization_details", null, null, "I", "string", { keys: { python: "authorization_details" } }],
  // JS-only: @databricks/sdk-experimental 0.17.0 `Config.experimentalIsUnifiedHost` (dist/config/Config.js),
  // a Boolean attribute read from the file and DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST.
  ["experimental_is_unified_host", "DATABRICKS_EXPERIMENTAL_IS_UNIFIED_HOST", null, "I", "bool", { keys: { js: "experimental_is_unified_host" } }],
];

function toSpec([name, env, group, flags, type, extra = {}]: Row): AttributeSpec {
  return {
    name,
    env: env === null ? [] : typeof env === "string" ? [env] : env,
    ...(group ? { authGroup: group } : {}),
    sensitive: flags.includes("S"),
    internal: flags.includes("I"),
    type,
    ...(extra.pythonType ? { pythonType: extra.pythonType } : {}),
    keys: extra.keys ?? { go: name, python: name },
    ...(extra.authTypes ? { authTypes: extra.authTypes } : {}),
  };
}

/** Every attribute, in Go declaration order (the order of Go debug strings). */
export const ATTRIBUTES: readonly AttributeSpec[] = ROWS.map(toSpec);

/** Python declaration order (the order of Python debug strings), by `AttributeSpec.name`. */
export const PYTHON_ATTRIBUTE_ORDER: readonly string[] = [
  "host",
  "account_id",
  "workspace_id",
  "cloud",
  "discovery_url",
  "token",
  "audience",
  "oidc_token_env",
  "databricks_id_token_filepath",
  "username",
  "password",
  "client_id",
  "client_secret",
  "profile",
  "config_file",
  "google_service_account",
  "google_credentials",
  "azure_workspace_resource_id",
  "azure_use_msi",
  "azure_client_secret",
  "azure_client_id",
  "azure_tenant_id",
  "azure_environment",
  "databricks_cli_path",
  "auth_type",
  "cluster_id",
  "warehouse_id",
  "serverless_compute_id",
  "skip_verify",
  "http_timeout_seconds",
  "debug_truncate_bytes",
  "debug_headers",
  "rate_limit",
  "retry_timeout_seconds",
  "metadata_service_url",
  "max_connection_pools",
  "max_connections_per_pool",
  "disable_async_token_refresh",
  "disable_experimental_files_api_client",
  "scopes",
  "authorization_details",
  "disable_oauth_refresh_token",
];

const byName = new Map(ATTRIBUTES.map((a) => [a.name, a]));

/** The attribute called `name` (its canonical key), if any. */
export function findAttribute(name: string): AttributeSpec | undefined {
  return byName.get(name);
}

/** Every key that some SDK reads from `.databrickscfg` (both names where Go and Python differ). */
export const KNOWN_CONFIG_KEYS: ReadonlySet<string> = new Set(
  ATTRIBUTES.flatMap((a) => [a.keys.go, a.keys.python, a.keys.js].filter((k): k is string => k !== undefined)),
);

/** Names of the attributes both SDKs treat as secrets. */
export const SENSITIVE_ATTRIBUTES: ReadonlySet<string> = new Set(ATTRIBUTES.filter((a) => a.sensitive).map((a) => a.name));
