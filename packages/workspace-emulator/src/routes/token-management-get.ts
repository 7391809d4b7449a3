import { jsonResponse } from "../emulator-response.js";
import { existingToken } from "../existing-token.js";
import { requireAdmin, TOKEN_MANAGEMENT_ADMIN_ONLY } from "../require-admin.js";
import type { Route } from "../route.js";
import { toAdminTokenInfo } from "../token-info.js";

/** `GET /api/2.0/token-management/tokens/{token_id}` (admins) → `{token_info}`. */
export const tokenManagementGet: Route = {
  method: "GET",
  pattern: "/api/2.0/token-management/tokens/:tokenId",
  scope: "authentication",
  handle(context) {
    requireAdmin(context, TOKEN_MANAGEMENT_ADMIN_ONLY);
    const { state, params } = context;
    const tokenId = params.tokenId ?? "";
    return jsonResponse(200, { token_info: toAdminTokenInfo(existingToken(state, tokenId), state) });
  },
};
