import { tokenDoesNotExist } from "../api-failure.js";
import { jsonResponse } from "../emulator-response.js";
import { parseJsonObjectBody, requiredStringField } from "../request-fields.js";
import type { Route } from "../route.js";

/** `POST /api/2.0/token/delete` `{token_id}` → `{}`; only the caller's own valid tokens. */
export const tokenDelete: Route = {
  method: "POST",
  pattern: "/api/2.0/token/delete",
  handle({ state, caller, body }) {
    const tokenId = requiredStringField(parseJsonObjectBody(body), "token_id");
    const record = state.tokens.findValid(tokenId, state.clock.now());
    if (record === undefined || record.ownerId !== caller.id) throw tokenDoesNotExist(tokenId);
    state.tokens.remove(tokenId);
    return jsonResponse(200, {});
  },
};
