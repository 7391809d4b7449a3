export { startEmulator, type Emulator, type EmulatorOptions, type MintTokenOptions } from "./start-emulator.js";
export {
  DEFAULT_USERS,
  DEFAULT_SERVICE_PRINCIPALS,
  DEFAULT_WORKSPACE_CONF,
  DEFAULT_WORKSPACE_ID,
  DEFAULT_ENTRA_TENANT_ID,
  type ClusterState,
  type EmulatorSeed,
  type EmulatorSeedCluster,
  type EmulatorSeedUser,
  type EmulatorSeedServicePrincipal,
  type EmulatorSeedToken,
} from "./seed.js";
export { normalizeSeed } from "./normalize-seed.js";
export { FAULT_ACTIONS, type Fault, type FaultAction } from "./fault.js";
export type { FaultController } from "./fault-registry.js";
export type { EmulatorClock } from "./clock.js";
export type { RecordedRequest } from "./recorded-request.js";
export { EmulatorConfigError, type EmulatorConfigErrorCode } from "./emulator-config-error.js";
export { TOKEN_QUOTA } from "./create-token.js";
export { INACTIVE_TOKEN_REVOCATION_MS } from "./token-store.js";
export { INVALID_ACCESS_TOKEN } from "./authenticate.js";
export { CLUSTER_STATES, DATA_SECURITY_MODES } from "./normalize-clusters.js";
export { AZURE_DATABRICKS_RESOURCE_ID, ENTRA_ACCESS_TOKEN_LIFETIME_SECONDS } from "./entra-authority.js";
export { OIDC_ACCESS_TOKEN_LIFETIME_SECONDS } from "./routes/oidc-token.js";
