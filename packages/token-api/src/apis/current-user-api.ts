import type { CallOptions } from "../client-options.js";
import { scimUserSchema, type ScimUser } from "../schemas/scim-user.js";
import type { Transport } from "../transport.js";

/** Optional SCIM projections of `currentUser.me`. */
export interface MeRequest {
  attributes?: readonly string[];
  /** e.g. `["entitlements"]` for a cheap reachability and credential probe. */
  excludedAttributes?: readonly string[];
}

/** Who the credential belongs to: `/api/2.0/preview/scim/v2/Me`. */
export interface CurrentUserApi {
  me(request?: MeRequest, options?: CallOptions): Promise<ScimUser>;
}

export function createCurrentUserApi(transport: Transport): CurrentUserApi {
  return {
    async me(request = {}, options) {
      return transport.request({
        method: "GET",
        path: "/api/2.0/preview/scim/v2/Me",
        query: { attributes: request.attributes?.join(","), excludedAttributes: request.excludedAttributes?.join(",") },
        schema: scimUserSchema,
        retryMode: "idempotent",
        options,
      });
    },
  };
}
