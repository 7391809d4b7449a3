import { ApiFailure } from "../api-failure.js";
import { createToken } from "../create-token.js";
import { jsonResponse } from "../emulator-response.js";
import { optionalIntegerField, optionalStringField, parseJsonObjectBody, requiredStringField } from "../request-fields.js";
import { requireAdmin, TOKEN_MANAGEMENT_ADMIN_ONLY } from "../require-admin.js";
import type { Route } from "../route.js";
import { toAdminTokenInfo } from "../token-info.js";

/**
 * `POST /api/2.0/token-management/on-behalf-of/tokens` `{application_id, lifetime_seconds?, comment?}` (admins)
 * → `{token_value, token_info}`: a token owned by the service principal, created by the caller.
 */
export const tokenManagementCreateObo: Route = {
  method: "POST",
  pattern: "/api/2.0/token-management/on-behalf-of/tokens",
  scope: "authentication",
  handle(context) {
    requireAdmin(context, TOKEN_MANAGEMENT_ADMIN_ONLY);
    const { state, caller } = context;
    const body = parseJsonObjectBody(context.body);
    const applicationId = requiredStringField(body, "application_id");
    const owner = state.findPrincipal(applicationId);
    if (owner?.kind !== "servicePrincipal") {
      throw new ApiFailure(404, "RESOURCE_DOES_NOT_EXIST", `Service principal with application ID ${applicationId} does not exist in this workspace`);
    }
    const { value, record } = createToken(state, {
      owner,
      createdBy: caller,
      lifetimeSeconds: optionalIntegerField(body, "lifetime_seconds"),
      comment: optionalStringField(body, "comment"),
    });
    return jsonResponse(200, { token_value: value, token_info: toAdminTokenInfo(record, state) });
  },
};
