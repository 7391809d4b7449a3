import { ApiError } from "../api-error.js";
import type { DebugOptions } from "../debug-log.js";
import type { SecretMasker } from "../secret-masker.js";
import type { CheckedCredentials } from "./credentials.js";
import { findOidcTokenEndpoint } from "./oidc-token-endpoint.js";
import { requestAccessToken, type AccessToken } from "./request-access-token.js";

/**
 * Refresh a cached token this long before it expires: the JS SDK's margin ("Azure Databricks
 * rejects tokens that expire in 30 seconds or less", plus the usual 10 s; @databricks/sdk-experimental
 * 0.17.0 `config/Token.ts`, `expiryDelta = 40 * 1000`).
 */
export const TOKEN_EXPIRY_MARGIN_MS = 40_000;

/** The bearer token for each request. */
export interface TokenSource {
  /** The bearer token to send now; fetched (once for all concurrent callers) when none is cached. */
  bearer(signal?: AbortSignal): string | Promise<string>;
}

export interface TokenSourceConfig {
  host: string;
  credentials: CheckedCredentials;
  fetch: typeof fetch;
  userAgent: string;
  timeoutMs: number;
  now: () => number;
  mask: SecretMasker;
  /** Every access token obtained is added here, so the masker hides it wherever it appears. */
  secrets: string[];
  debug?: DebugOptions;
}

/**
 * A PAT is its own bearer token. OAuth credentials are exchanged for an access token, cached in
 * memory until {@link TOKEN_EXPIRY_MARGIN_MS} before it expires; concurrent callers share one token
 * request, and a caller's signal abandons only its own wait.
 */
export function createTokenSource(config: TokenSourceConfig): TokenSource {
  const given = config.credentials;
  if (given.authType === "pat") return { bearer: () => given.token };
  const credentials: Exclude<CheckedCredentials, { authType: "pat" }> = given;
  let cached: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;

  const fresh = (token: AccessToken | undefined): token is AccessToken =>
    token !== undefined && (token.expiresAtMs === undefined ? false : token.expiresAtMs - TOKEN_EXPIRY_MARGIN_MS > config.now());

  async function fetchToken(): Promise<AccessToken> {
    const common = { fetch: config.fetch, userAgent: config.userAgent, timeoutMs: config.timeoutMs, mask: config.mask, debug: config.debug };
    let token: AccessToken;
    if (credentials.authType === "oauth-m2m") {
      const url = await findOidcTokenEndpoint({ ...common, host: config.host });
      // client_secret_basic, as the JS SDK's M2mCredentials (`useHeader: true`).
      token = await requestAccessToken({
        ...common,
        url,
        nowMs: config.now(),
        form: { grant_type: "client_credentials", scope: "all-apis" },
        basic: { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
        authority: "the workspace's OIDC token endpoint",
      });
    } else {
      // Entra ID v1 endpoint with `resource`, as databricks-sdk-go `config/auth_azure_client_secret.go`
      // (`TokenURL: <aad endpoint><tenant>/oauth2/token`, `resource: <Azure Databricks app id>`).
      token = await requestAccessToken({
        ...common,
        url: `${credentials.authorityUrl}${encodeURIComponent(credentials.tenantId)}/oauth2/token`,
        nowMs: config.now(),
        form: {
          grant_type: "client_credentials",
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          resource: credentials.resource,
        },
        authority: "Microsoft Entra ID",
      });
    }
    config.secrets.push(token.accessToken);
    return token;
  }

  return {
    async bearer(signal) {
      if (fresh(cached)) return cached.accessToken;
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      const shared = pending;
      const token = await abandonOnAbort(shared, signal);
      cached = token;
      return token.accessToken;
    },
  };
}

/** Rejects when the caller's signal aborts, leaving the shared token request to the others waiting on it. */
async function abandonOnAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () =>
      reject(
        new ApiError({
          classification: "aborted",
          errorCode: "ABORTED",
          method: "POST",
          path: "(OAuth token)",
          message: "the caller aborted the request while an OAuth token was being obtained",
          cause: signal.reason,
        }),
      );
  });
  aborted.catch(() => undefined);
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
