import { jsonResponse } from "../emulator-response.js";
import { existingToken } from "../existing-token.js";
import { parseJsonObjectBody, requiredStringField } from "../request-fields.js";
import type { Route } from "../route.js";

/** `POST /api/2.0/token/delete` `{token_id}` → `{}`; only the caller's own valid tokens. */
export const tokenDelete: Route = {
  method: "POST",
  pattern: "/api/2.0/token/delete",
  scope: "authentication",
  handle({ state, caller, body }) {
    const tokenId = requiredStringField(parseJsonObjectBody(body), "token_id");
    existingToken(state, tokenId, (record) => record.ownerId === caller.id);
    state.tokens.remove(tokenId);
    return jsonResponse(200, {});
  },
};
