import type { ProfileCheck } from "../../doctor/engine/types.js";
import { resolveOnlineTarget } from "../../doctor/input/online-target.js";
import { principalCredentials, profileAccess } from "../../doctor/online/profile-access.js";
import { asApiError, callOptions, isArgumentError } from "../../doctor/online/workspace-client.js";

/**
 * A service-principal profile (OAuth M2M: client_id/client_secret,
 * https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m; or Entra ID:
 * azure_client_id/azure_client_secret/azure_tenant_id,
 * https://learn.microsoft.com/azure/databricks/dev-tools/auth/azure-sp): does its secret obtain a
 * token, and does the workspace accept it? The secret is never shown.
 */
export const servicePrincipal: ProfileCheck = {
  id: "service-principal",
  title: "Service principal authenticates",
  group: "online",
  help: "For a profile with a service principal's OAuth secret (client_id/client_secret, OAuth M2M against the workspace's /oidc/v1/token) or Entra ID secret (azure_client_id/azure_client_secret/azure_tenant_id), obtains an access token exactly as the SDKs do and calls SCIM Me with it; a wrong or expired secret, an unknown client or tenant fails with the OAuth error. The secret is never shown.",
  requires: ["host-shape", "tls"],
  online: true,
  scope: "profile",
  async run(ctx, profile) {
    const target = resolveOnlineTarget(ctx.input, profile);
    if (!target) return [{ status: "skip", message: "Skipped: no usable host." }];
    let credentials;
    try {
      credentials = await principalCredentials(ctx, profile);
    } catch (error) {
      if (isArgumentError(error)) return [{ status: "fail", message: `[${profile}] ${error.message}.`, fix: "Correct the service principal's settings." }];
      throw error;
    }
    if (credentials === undefined || target.token) return [{ status: "skip", message: `Skipped: [${profile}] is not a service-principal profile.` }];
    const access = await profileAccess(ctx, profile);
    if ("skip" in access) return access.skip;
    const kind = credentials.authType === "oauth-m2m" ? "OAuth M2M" : "Microsoft Entra ID";
    try {
      const me = await access.client.currentUser.me({}, callOptions(ctx));
      return [
        { status: "pass", message: `[${profile}] ${kind} secret obtains a token; the workspace accepts it as ${me.userName ?? "an unnamed principal"}.` },
      ];
    } catch (error) {
      const apiError = asApiError(error);
      if (!apiError) throw error;
      const rotate =
        credentials.authType === "oauth-m2m"
          ? "Create a new OAuth secret for the service principal (workspace or account settings → Service principals → Secrets) and store it as client_secret."
          : "Create a new client secret for the app registration in Microsoft Entra ID and store it as azure_client_secret; check azure_tenant_id and azure_client_id.";
      const status = ["rateLimited", "unavailable", "serverError"].includes(apiError.classification) ? "warn" : "fail";
      return [
        {
          status,
          message: `[${profile}] ${kind}: ${apiError.message}.`,
          fix: apiError.classification === "unauthenticated" ? rotate : "See the dns, tcp and tls checks; retry with a larger --timeout.",
        },
      ];
    }
  },
};
