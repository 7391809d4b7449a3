import { grantEntraToken } from "../entra-authority.js";
import { jsonResponse } from "../emulator-response.js";
import type { PublicRoute } from "../public-route.js";

/**
 * `POST /{tenant}/oauth2/token` — the Entra ID v1 endpoint with `resource=…`, the one the official
 * SDKs call for `azure-client-secret` (databricks-sdk-go `config/auth_azure_client_secret.go`,
 * sdk-js `config/Azure.js` `getOAuthClient`, databricks-sdk-py `credentials_provider.py`
 * `azure_service_principal`). v1 answers numbers as strings.
 */
export const entraTokenV1: PublicRoute = {
  method: "POST",
  pattern: "/:tenant/oauth2/token",
  workspace: false,
  handle(context) {
    const grant = grantEntraToken(context, "v1");
    const expiresIn = String(grant.expiresIn);
    return jsonResponse(200, {
      token_type: "Bearer",
      expires_in: expiresIn,
      ext_expires_in: expiresIn,
      expires_on: String(grant.expiresOn),
      not_before: String(grant.notBefore),
      resource: grant.resource,
      access_token: grant.accessToken,
    });
  },
};
