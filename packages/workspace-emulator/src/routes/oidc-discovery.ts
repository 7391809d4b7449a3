import { jsonResponse } from "../emulator-response.js";
import type { PublicRoute } from "../public-route.js";

/**
 * `GET /oidc/.well-known/oauth-authorization-server` → the workspace's OAuth metadata (RFC 8414).
 * The SDKs read only `authorization_endpoint` and `token_endpoint` (databricks-sdk-go
 * `credentials/u2m/endpoints.go`, sdk-js `config/Config.js` `fetchOidcDiscovery`); the rest is what a
 * workspace publishes (https://docs.databricks.com/en/dev-tools/auth/oauth-m2m.html).
 */
export const oidcDiscovery: PublicRoute = {
  method: "GET",
  pattern: "/oidc/.well-known/oauth-authorization-server",
  workspace: true,
  handle({ state }) {
    const oidc = `${state.baseUrl}/oidc`;
    return jsonResponse(200, {
      issuer: oidc,
      authorization_endpoint: `${oidc}/v1/authorize`,
      token_endpoint: `${oidc}/v1/token`,
      jwks_uri: `${oidc}/jwks.json`,
      scopes_supported: ["all-apis", "offline_access", "openid", "profile", "email", "sql"],
      response_types_supported: ["code", "id_token"],
      response_modes_supported: ["query", "fragment", "form_post"],
      grant_types_supported: ["client_credentials", "authorization_code", "refresh_token"],
      code_challenge_methods_supported: ["S256"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      request_uri_parameter_supported: false,
    });
  },
};
