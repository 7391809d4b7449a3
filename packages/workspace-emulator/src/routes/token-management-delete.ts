import { jsonResponse } from "../emulator-response.js";
import { existingToken } from "../existing-token.js";
import { requireAdmin, TOKEN_MANAGEMENT_ADMIN_ONLY } from "../require-admin.js";
import type { Route } from "../route.js";

/** `DELETE /api/2.0/token-management/tokens/{token_id}` (admins) → `{}`, any user's token. */
export const tokenManagementDelete: Route = {
  method: "DELETE",
  pattern: "/api/2.0/token-management/tokens/:tokenId",
  scope: "authentication",
  handle(context) {
    requireAdmin(context, TOKEN_MANAGEMENT_ADMIN_ONLY);
    const { state, params } = context;
    const tokenId = params.tokenId ?? "";
    existingToken(state, tokenId);
    state.tokens.remove(tokenId);
    return jsonResponse(200, {});
  },
};
