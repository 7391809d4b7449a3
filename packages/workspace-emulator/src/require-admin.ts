import { ApiFailure } from "./api-failure.js";
import type { RouteContext } from "./route.js";

/** Rejects non-admin callers with 403 PERMISSION_DENIED and the given message. */
export function requireAdmin(context: RouteContext, message: string): void {
  if (!context.caller.admin) throw new ApiFailure(403, "PERMISSION_DENIED", message);
}

/** The message for a non-admin on the token-management API. */
export const TOKEN_MANAGEMENT_ADMIN_ONLY = "Only Admins can access token management APIs.";
