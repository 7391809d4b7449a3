import { tokenDoesNotExist } from "../api-failure.js";
import { jsonResponse } from "../emulator-response.js";
import { requireAdmin, TOKEN_MANAGEMENT_ADMIN_ONLY } from "../require-admin.js";
import type { Route } from "../route.js";
import { toAdminTokenInfo } from "../token-info.js";

/** `GET /api/2.0/token-management/tokens/{token_id}` (admins) → `{token_info}`. */
export const tokenManagementGet: Route = {
  method: "GET",
  pattern: "/api/2.0/token-management/tokens/:tokenId",
  handle(context) {
    requireAdmin(context, TOKEN_MANAGEMENT_ADMIN_ONLY);
    const { state, params } = context;
    const tokenId = params.tokenId ?? "";
    const record = state.tokens.findValid(tokenId, state.clock.now());
    if (record === undefined) throw tokenDoesNotExist(tokenId);
    return jsonResponse(200, { token_info: toAdminTokenInfo(record, state) });
  },
};
