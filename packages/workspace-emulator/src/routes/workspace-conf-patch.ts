import type { Route } from "../route.js";
import { parseJsonObjectBody } from "../request-fields.js";
import { requireAdmin } from "../require-admin.js";

/** `PATCH /api/2.0/workspace-conf` `{key: "value"}` (admins) → 204 with an empty body. */
export const workspaceConfPatch: Route = {
  method: "PATCH",
  pattern: "/api/2.0/workspace-conf",
  scope: "settings",
  handle(context) {
    requireAdmin(context, "Only workspace admins can change the workspace configuration.");
    context.state.conf.set(parseJsonObjectBody(context.body));
    return { status: 204, body: "" };
  },
};
