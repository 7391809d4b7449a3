import { ApiFailure, invalidParameter } from "../api-failure.js";
import { jsonResponse } from "../emulator-response.js";
import { optionalStringArrayField, optionalStringField, parseJsonObjectBody, requiredStringField } from "../request-fields.js";
import type { Route } from "../route.js";

const UPDATABLE = new Set(["comment", "scopes"]);

/**
 * `PATCH /api/2.0/token/{token_id}` `{token: {comment?, scopes?}, update_mask: "comment,scopes"}` → `{}`:
 * changes only the fields the mask names, on one of the caller's valid tokens; an unknown,
 * expired or foreign id is `NOT_FOUND` ("Updates the comment or scopes of a token. If a token
 * with the specified ID is not valid, this call returns an error NOT_FOUND",
 * https://docs.databricks.com/api/workspace/tokens/update).
 */
export const tokenUpdate: Route = {
  method: "PATCH",
  pattern: "/api/2.0/token/:tokenId",
  scope: "authentication",
  handle({ state, caller, params, body }) {
    const request = parseJsonObjectBody(body);
    const mask = requiredStringField(request, "update_mask")
      .split(",")
      .map((field) => field.trim())
      .filter((field) => field !== "");
    const unknown = mask.find((field) => !UPDATABLE.has(field));
    if (unknown !== undefined || mask.length === 0)
      throw invalidParameter(`Invalid update_mask: only comment and scopes can be updated, got '${unknown ?? ""}'`);
    const token = request.token;
    if (typeof token !== "object" || token === null || Array.isArray(token)) throw invalidParameter("Missing required field: token");
    const fields = token as Record<string, unknown>;
    const tokenId = params.tokenId ?? "";
    const record = state.tokens.findValid(tokenId, state.clock.now());
    if (record === undefined || record.ownerId !== caller.id) throw new ApiFailure(404, "NOT_FOUND", `Token with ID ${tokenId} does not exist`);
    if (mask.includes("comment")) {
      const comment = optionalStringField(fields, "comment");
      record.comment = comment === "" ? undefined : comment;
    }
    if (mask.includes("scopes")) record.scopes = optionalStringArrayField(fields, "scopes");
    return jsonResponse(200, {});
  },
};
