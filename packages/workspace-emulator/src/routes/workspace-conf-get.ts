import { invalidParameter } from "../api-failure.js";
import { jsonResponse } from "../emulator-response.js";
import type { Route } from "../route.js";

/** `GET /api/2.0/workspace-conf?keys=k1,k2` → a flat map of string values (`null` for never-set keys). */
export const workspaceConfGet: Route = {
  method: "GET",
  pattern: "/api/2.0/workspace-conf",
  scope: "settings",
  handle({ state, query }) {
    const keys = (query.get("keys") ?? "")
      .split(",")
      .map((key) => key.trim())
      .filter((key) => key !== "");
    if (keys.length === 0) throw invalidParameter("Missing required field: keys");
    return jsonResponse(200, state.conf.get(keys));
  },
};
