import { authenticateClient, readClientCredentials } from "../client-credentials.js";
import { jsonResponse } from "../emulator-response.js";
import { OAuthFailure } from "../oauth-failure.js";
import type { PublicRoute } from "../public-route.js";
import { ALL_APIS_SCOPE } from "../token-scopes.js";

/** Lifetime of a workspace OAuth access token: one hour (https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html). */
export const OIDC_ACCESS_TOKEN_LIFETIME_SECONDS = 3600;

/**
 * `POST /oidc/v1/token` with `grant_type=client_credentials` (OAuth M2M for a service principal,
 * https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html): client secret by HTTP Basic or
 * form fields, `scope` default `all-apis` → `{access_token, token_type, expires_in, scope}`.
 * Failures are RFC 6749 §5.2 bodies; a bad client is `401 invalid_client` "Client authentication
 * failed", the pair users report from Databricks (databricks/databricks-sql-nodejs#279).
 */
export const oidcToken: PublicRoute = {
  method: "POST",
  pattern: "/oidc/v1/token",
  workspace: true,
  handle({ state, authorization, body }) {
    const request = readClientCredentials(authorization, body);
    if (request.conflicting) throw new OAuthFailure(400, "invalid_request", "Multiple client authentication methods are not allowed");
    const client = authenticateClient(state, request);
    if (!client.ok) {
      // RFC 6749 §5.2: a 401 answers a client that authenticated with the Authorization header.
      const headers: Record<string, string> = request.method === "client_secret_basic" ? { "WWW-Authenticate": 'Basic realm="oidc"' } : {};
      throw new OAuthFailure(401, "invalid_client", "Client authentication failed", {}, headers);
    }
    const grantType = request.form.get("grant_type");
    if (grantType === null || grantType === "") throw new OAuthFailure(400, "invalid_request", "Missing required parameter: grant_type");
    if (grantType !== "client_credentials")
      throw new OAuthFailure(400, "unsupported_grant_type", "The grant type is not supported by this authorization server");
    const scopes = (request.form.get("scope") ?? ALL_APIS_SCOPE).split(" ").filter((scope) => scope !== "");
    if (scopes.length === 0) throw new OAuthFailure(400, "invalid_scope", "The requested scope is invalid");
    const now = state.clock.now();
    const expiryTime = now + OIDC_ACCESS_TOKEN_LIFETIME_SECONDS * 1000;
    const accessToken = state.accessTokens.issue(
      { principalId: client.principal.id, issuer: "databricks-oidc", audience: state.baseUrl, scopes, expiryTime },
      {
        iss: `${state.baseUrl}/oidc`,
        sub: client.principal.userName,
        client_id: client.principal.userName,
        scope: scopes.join(" "),
        iat: Math.floor(now / 1000),
        exp: Math.floor(expiryTime / 1000),
      },
    );
    return jsonResponse(200, { access_token: accessToken, token_type: "Bearer", expires_in: OIDC_ACCESS_TOKEN_LIFETIME_SECONDS, scope: scopes.join(" ") });
  },
};
