import { jsonResponse } from "../emulator-response.js";
import type { PublicRoute } from "../public-route.js";

/**
 * `GET /.well-known/databricks-config` → the host metadata current SDKs read before anything else:
 * `oidc_endpoint` (they append `/.well-known/oauth-authorization-server` to find the OAuth
 * endpoints), `workspace_id`, and for workspace hosts the token endpoint as the default OIDC
 * audience. Shape: databricks-sdk-go `config/host_metadata.go` (`HostMetadata`), databricks-sdk-py
 * `databricks/sdk/oauth.py` (`HostMetadata.from_dict`). No `cloud`: the emulator is no cloud's.
 */
export const hostMetadata: PublicRoute = {
  method: "GET",
  pattern: "/.well-known/databricks-config",
  workspace: true,
  handle({ state }) {
    return jsonResponse(200, {
      oidc_endpoint: `${state.baseUrl}/oidc`,
      workspace_id: String(state.workspaceId),
      token_federation_default_oidc_audiences: [`${state.baseUrl}/oidc/v1/token`],
    });
  },
};
