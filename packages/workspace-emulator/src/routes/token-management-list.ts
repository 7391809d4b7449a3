import { invalidParameter } from "../api-failure.js";
import { jsonResponse } from "../emulator-response.js";
import { requireAdmin, TOKEN_MANAGEMENT_ADMIN_ONLY } from "../require-admin.js";
import type { Route } from "../route.js";
import { toAdminTokenInfo } from "../token-info.js";

/** `GET /api/2.0/token-management/tokens[?created_by_id=&created_by_username=]` (admins) → every valid token. */
export const tokenManagementList: Route = {
  method: "GET",
  pattern: "/api/2.0/token-management/tokens",
  scope: "authentication",
  handle(context) {
    requireAdmin(context, TOKEN_MANAGEMENT_ADMIN_ONLY);
    const { state, query } = context;
    const byId = query.get("created_by_id");
    if (byId !== null && !/^\d+$/.test(byId)) throw invalidParameter(`Invalid value for parameter 'created_by_id': ${JSON.stringify(byId)} is not an integer`);
    const byName = query.get("created_by_username");
    const infos = state.tokens
      .listValid(state.clock.now())
      .filter((record) => byId === null || record.createdById === Number(byId))
      .filter((record) => byName === null || state.findPrincipalById(record.createdById)?.userName === byName)
      .map((record) => toAdminTokenInfo(record, state));
    return jsonResponse(200, infos.length === 0 ? {} : { token_infos: infos });
  },
};
