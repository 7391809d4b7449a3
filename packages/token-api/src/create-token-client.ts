import { inspect } from "node:util";
import { redact } from "@dbcfg/pat";
import { createCurrentUserApi, type CurrentUserApi } from "./apis/current-user-api.js";
import { createTokenManagementApi, type TokenManagementApi } from "./apis/token-management-api.js";
import { createTokensApi, type TokensApi } from "./apis/tokens-api.js";
import { createWorkspaceConfApi, type WorkspaceConfApi } from "./apis/workspace-conf-api.js";
import { normalizeHost, normalizeToken, type TokenClientOptions } from "./client-options.js";
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
  const token = normalizeToken(options.token);
  const mask = createSecretMasker([token]);
  const transport = createTransport({
    host,
    token,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs,
    userAgent: buildUserAgent({ extra: options.userAgent }),
    retry: resolveRetryPolicy(options.retry),
    debug: options.debug,
    mask,
  });
  const shown = { host, token: redact(token) };
  const client: TokenClient = {
    host,
    tokens: createTokensApi(transport),
    tokenManagement: createTokenManagementApi(transport),
    workspaceConf: createWorkspaceConfApi(transport),
    currentUser: createCurrentUserApi(transport),
  };
  Object.defineProperties(client, {
    [inspect.custom]: { value: () => `TokenClient ${inspect(shown)}`, enumerable: false },
    toJSON: { value: () => shown, enumerable: false },
  });
  return Object.freeze(client);
}
