export { resolveConfig } from "./resolve-config.js";
export { ConfigError, type ConfigErrorCode } from "./config-error.js";
export { describe, type DescribeOptions } from "./describe.js";
export { secretValue } from "./secret-values.js";
export { AUTH_CHAINS } from "./auth/strategies.js";
export { ENVIRONMENTS, type DatabricksEnvironment } from "./environments.js";
export { DEFAULT_PROFILE, SETTINGS_SECTION, DEFAULT_PROFILE_KEY, ENV_HOST, ENV_CONFIG_PROFILE, ENV_CONFIG_FILE } from "./constants.js";
export { selectedProfile, profileNames, type ProfileSelection, type ProfileSelectionReason } from "./select-profile.js";
export { envAttributes, fileSkippedByEnv, type EnvAttribute } from "./attribute-sources.js";
export type {
  AttributeSource,
  AttributeValue,
  AzureCliResult,
  Cloud,
  ConfigFileStatus,
  Dialect,
  ExplicitValue,
  HostMetadataResponse,
  HostType,
  ProbeContext,
  ProbeResult,
  Probes,
  Resolution,
  ResolveOptions,
  ResolvedAttribute,
  ShadowedValue,
} from "./types.js";
