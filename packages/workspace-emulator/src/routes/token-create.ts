import { createToken } from "../create-token.js";
import { jsonResponse } from "../emulator-response.js";
import { optionalBooleanField, optionalIntegerField, optionalStringArrayField, optionalStringField, parseJsonObjectBody } from "../request-fields.js";
import type { Route } from "../route.js";
import { toPublicTokenInfo } from "../token-info.js";

/** `POST /api/2.0/token/create` → `{token_value, token_info}` for the caller; `scopes` and `autoscope_enabled` are kept. */
export const tokenCreate: Route = {
  method: "POST",
  pattern: "/api/2.0/token/create",
  scope: "authentication",
  handle(context) {
    const body = parseJsonObjectBody(context.body);
    const { value, record } = createToken(context.state, {
      owner: context.caller,
      createdBy: context.caller,
      lifetimeSeconds: optionalIntegerField(body, "lifetime_seconds"),
      comment: optionalStringField(body, "comment"),
      scopes: optionalStringArrayField(body, "scopes"),
      autoscopeEnabled: optionalBooleanField(body, "autoscope_enabled"),
    });
    return jsonResponse(200, { token_value: value, token_info: toPublicTokenInfo(record) });
  },
};
