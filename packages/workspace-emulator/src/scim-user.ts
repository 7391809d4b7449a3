import type { Principal } from "./principal.js";

/** Id of the built-in `admins` group in every emulated workspace. */
export const ADMINS_GROUP_ID = "1000000000000000";

/** The SCIM `User` resource `GET /api/2.0/preview/scim/v2/Me` returns for a principal. */
export function toScimUser(principal: Principal): Record<string, unknown> {
  const [givenName = principal.displayName, ...rest] = principal.displayName.split(" ");
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:workspace:2.0:User"],
    id: String(principal.id),
    userName: principal.userName,
    displayName: principal.displayName,
    active: true,
    ...(principal.kind === "user"
      ? {
          name: { givenName, familyName: rest.join(" ") },
          emails: [{ type: "work", value: principal.userName, primary: true }],
        }
      : {}),
    groups: principal.admin ? [{ display: "admins", type: "direct", value: ADMINS_GROUP_ID, $ref: `Groups/${ADMINS_GROUP_ID}` }] : [],
    entitlements: [{ value: "workspace-access" }, { value: "databricks-sql-access" }],
  };
}
