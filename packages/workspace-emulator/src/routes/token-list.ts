import { jsonResponse } from "../emulator-response.js";
import type { Route } from "../route.js";
import { toPublicTokenInfo } from "../token-info.js";

/** `GET /api/2.0/token/list` → the caller's valid tokens; `{}` when there are none (the field is omitted when empty). */
export const tokenList: Route = {
  method: "GET",
  pattern: "/api/2.0/token/list",
  scope: "authentication",
  handle({ state, caller }) {
    const infos = state.tokens
      .listValid(state.clock.now())
      .filter((record) => record.ownerId === caller.id)
      .map(toPublicTokenInfo);
    return jsonResponse(200, infos.length === 0 ? {} : { token_infos: infos });
  },
};
