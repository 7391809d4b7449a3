import { jsonResponse } from "../emulator-response.js";
import type { Route } from "../route.js";
import { toScimUser } from "../scim-user.js";

/** `GET /api/2.0/preview/scim/v2/Me[?attributes=|excludedAttributes=]` → the caller as a SCIM User, with `X-Databricks-Org-Id`. */
export const scimMe: Route = {
  method: "GET",
  pattern: "/api/2.0/preview/scim/v2/Me",
  scope: "any",
  handle({ state, caller, query }) {
    const user = selectAttributes(toScimUser(caller), query.get("attributes"), query.get("excludedAttributes"));
    return jsonResponse(200, user, { "X-Databricks-Org-Id": String(state.workspaceId) });
  },
};

const ALWAYS_RETURNED = new Set(["id", "schemas"]);

function selectAttributes(user: Record<string, unknown>, attributes: string | null, excluded: string | null): Record<string, unknown> {
  const list = (value: string | null) =>
    new Set(
      (value ?? "")
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name !== ""),
    );
  const wanted = list(attributes);
  const unwanted = list(excluded);
  return Object.fromEntries(
    Object.entries(user).filter(([name]) => ALWAYS_RETURNED.has(name) || ((wanted.size === 0 || wanted.has(name)) && !unwanted.has(name))),
  );
}
