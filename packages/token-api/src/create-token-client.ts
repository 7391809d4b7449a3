import { inspect } from "node:util";
import { redact } from "@dbcfg/pat";
import { createClustersApi, type ClustersApi } from "./apis/clusters-api.js";
import { createCurrentUserApi, type CurrentUserApi } from "./apis/current-user-api.js";
import { createTokenManagementApi, type TokenManagementApi } from "./apis/token-management-api.js";
import { createTokensApi, type TokensApi } from "./apis/tokens-api.js";
import { createWorkspaceConfApi, type WorkspaceConfApi } from "./apis/workspace-conf-api.js";
import { checkCredentials, type CheckedCredentials } from "./auth/credentials.js";
import { createTokenSource } from "./auth/token-source.js";
import { checkTimeout, DEFAULT_TIMEOUT_MS, normalizeHost, type TokenClientOptions } from "./client-options.js";
import { resolveRetryPolicy } from "./retry-policy.js";
import { createSecretMasker } from "./secret-masker.js";
import { createTransport } from "./transport.js";
import { buildUserAgent } from "./user-agent.js";

/** A typed client for one workspace and one credential. */
export interface TokenClient {
  /** The normalised workspace origin, e.g. `https://adb-1.2.azuredatabricks.net`. */
  readonly host: string;
  readonly tokens: TokensApi;
  readonly tokenManagement: TokenManagementApi;
  readonly workspaceConf: WorkspaceConfApi;
  readonly currentUser: CurrentUserApi;
  readonly clusters: ClustersApi;
}

/**
 * Builds a client for the Token API, Token Management, workspace-conf and SCIM `Me`. Every call
 * has a timeout, retries what is safe to retry, validates the response, and throws one
 * `ApiError`. The credential is held in a closure: it is not an enumerable (or any) property of
 * the client, and `util.inspect`/`JSON.stringify` show only `dapi…` and its last 4 characters.
 * Throws `TokenApiArgumentError` for an unusable host, token or option.
 */
export function createTokenClient(options: TokenClientOptions): TokenClient {
  const host = normalizeHost(options.host);
  const credentials = checkCredentials(options.token, options.credentials);
  const secrets = credentials.authType === "pat" ? [credentials.token] : [credentials.clientSecret];
  const mask = createSecretMasker(secrets);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const retry = resolveRetryPolicy(options.retry);
  const userAgent = buildUserAgent({ extra: options.userAgent, authType: credentials.authType });
  const tokenSource = createTokenSource({
    host,
    credentials,
    fetch: fetchImpl,
    userAgent,
    timeoutMs: checkTimeout("timeoutMs", options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    now: retry.now,
    mask,
    secrets,
    debug: options.debug,
  });
  const transport = createTransport({
    host,
    bearer: tokenSource.bearer,
    fetch: fetchImpl,
    timeoutMs: options.timeoutMs,
    userAgent,
    retry,
    debug: options.debug,
    mask,
  });
  const shown = shownCredentials(host, credentials);
  const client: TokenClient = {
    host,
    tokens: createTokensApi(transport),
    tokenManagement: createTokenManagementApi(transport),
    workspaceConf: createWorkspaceConfApi(transport),
    currentUser: createCurrentUserApi(transport),
    clusters: createClustersApi(transport),
  };
  Object.defineProperties(client, {
    [inspect.custom]: { value: () => `TokenClient ${inspect(shown)}`, enumerable: false },
    toJSON: { value: () => shown, enumerable: false },
  });
  return Object.freeze(client);
}

/** What `util.inspect` and `JSON.stringify` show of a client: never a secret, at most its last 4 characters. */
function shownCredentials(host: string, credentials: CheckedCredentials): Record<string, string> {
  switch (credentials.authType) {
    case "pat":
      return { host, token: redact(credentials.token) };
    case "oauth-m2m":
      return { host, authType: credentials.authType, clientId: credentials.clientId, clientSecret: redact(credentials.clientSecret) };
    default:
      return {
        host,
        authType: credentials.authType,
        tenantId: credentials.tenantId,
        clientId: credentials.clientId,
        clientSecret: redact(credentials.clientSecret),
      };
  }
}
