import { grantEntraToken } from "../entra-authority.js";
import { jsonResponse } from "../emulator-response.js";
import type { PublicRoute } from "../public-route.js";

/**
 * `POST /{tenant}/oauth2/v2.0/token` — the Entra ID v2 endpoint with
 * `scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default`, as the Azure Databricks docs' manual
 * token request uses (https://learn.microsoft.com/azure/databricks/dev-tools/auth/oauth-m2m).
 */
export const entraTokenV2: PublicRoute = {
  method: "POST",
  pattern: "/:tenant/oauth2/v2.0/token",
  workspace: false,
  handle(context) {
    const grant = grantEntraToken(context, "v2");
    return jsonResponse(200, { token_type: "Bearer", expires_in: grant.expiresIn, ext_expires_in: grant.expiresIn, access_token: grant.accessToken });
  },
};
