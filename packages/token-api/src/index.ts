export { isLoopbackUrl } from "@dbcfg/pat";
export { createTokenClient, type TokenClient } from "./create-token-client.js";
export { normalizeHost, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, type TokenClientOptions, type CallOptions } from "./client-options.js";
export { ApiError, TokenApiArgumentError, API_ERROR_CLASSES, type ApiErrorClass } from "./api-error.js";
export { classifyError, classifyHttpError, neverReachedServer } from "./classify-error.js";
export { parseIpAclDenial, parseScopeDenial, type IpAclDenial } from "./access-denial.js";
export { parseErrorBody, type ParsedErrorBody, type ErrorResponse } from "./parse-error-body.js";
export { parseJsonLossless } from "./lossless-json.js";
export {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DEADLINE_MS,
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_DELAY_MS,
  parseRetryAfter,
  type RetryOptions,
  type RetryMode,
} from "./retry-policy.js";
export { buildUserAgent, TOKEN_API_VERSION, type UserAgentParts } from "./user-agent.js";
export type { DebugOptions } from "./debug-log.js";
export type { TokensApi, CreateTokenRequest, UpdateTokenRequest } from "./apis/tokens-api.js";
export type { TokenManagementApi, ListAdminTokensRequest, CreateOboTokenRequest } from "./apis/token-management-api.js";
export type { WorkspaceConfApi } from "./apis/workspace-conf-api.js";
export type { CurrentUserApi, MeRequest } from "./apis/current-user-api.js";
export type { TokenInfo } from "./schemas/token-info.js";
export type { AdminTokenInfo } from "./schemas/admin-token-info.js";
export type { ScimUser, ScimValue } from "./schemas/scim-user.js";
export type { CreatedToken } from "./schemas/responses.js";
export type { Int64Id, EpochMillis } from "./schemas/int64.js";
export {
  DEFAULT_AZURE_AUTHORITY_URL,
  AZURE_DATABRICKS_RESOURCE_ID,
  SUPPORTED_AUTH_TYPES,
  type Credentials,
  type PatCredentials,
  type OAuthM2mCredentials,
  type AzureClientSecretCredentials,
} from "./auth/credentials.js";
export {
  credentialsFromAttributes,
  UnsupportedAuthTypeError,
  AZURE_AUTHORITIES,
  type AttributeValues,
  type CredentialsFromAttributesOptions,
} from "./auth/credentials-from-attributes.js";
export { TOKEN_EXPIRY_MARGIN_MS } from "./auth/token-source.js";
export { OIDC_DISCOVERY_PATH, OIDC_TOKEN_PATH } from "./auth/oidc-token-endpoint.js";
export type { ClustersApi } from "./apis/clusters-api.js";
export type { ClusterInfo } from "./schemas/cluster-info.js";
// The network layer, also its own light entry point `@dbcfg/token-api/network`.
export * from "./network.js";
