import { TokenApiArgumentError } from "../api-error.js";
import type { CallOptions } from "../client-options.js";
import type { AdminTokenInfo } from "../schemas/admin-token-info.js";
import {
  createOboTokenResponseSchema,
  emptyResponseSchema,
  getAdminTokenResponseSchema,
  listAdminTokensResponseSchema,
  type CreatedToken,
} from "../schemas/responses.js";
import type { Transport } from "../transport.js";
import { checkLifetimeSeconds, requireId } from "./check-arguments.js";

/** Filters of `tokenManagement.list`; both optional. */
export interface ListAdminTokensRequest {
  /** Decimal user id (a string, so ids beyond 2^53 survive). */
  createdById?: string | bigint;
  createdByUsername?: string;
}

/** Arguments of `tokenManagement.createOnBehalfOf`. */
export interface CreateOboTokenRequest {
  /** The service principal's application id (a UUID). */
  applicationId: string;
  lifetimeSeconds?: number;
  comment?: string;
  scopes?: string[];
}

/** Admin view of every user's tokens: `/api/2.0/token-management/*`. */
export interface TokenManagementApi {
  list(request?: ListAdminTokensRequest, options?: CallOptions): Promise<AdminTokenInfo[]>;
  get(tokenId: string, options?: CallOptions): Promise<AdminTokenInfo>;
  delete(tokenId: string, options?: CallOptions): Promise<void>;
  /** Mints a token for a service principal. Same no-blind-retry rule as `tokens.create`. */
  createOnBehalfOf(request: CreateOboTokenRequest, options?: CallOptions): Promise<CreatedToken<AdminTokenInfo>>;
}

const BASE = "/api/2.0/token-management";

export function createTokenManagementApi(transport: Transport): TokenManagementApi {
  return {
    async list(request = {}, options) {
      const createdById = request.createdById === undefined ? undefined : String(request.createdById);
      if (createdById !== undefined && !/^\d+$/.test(createdById)) {
        throw new TokenApiArgumentError(`createdById must be a decimal user id, got ${JSON.stringify(createdById.slice(0, 40))}`);
      }
      return transport.request({
        method: "GET",
        path: `${BASE}/tokens`,
        query: { created_by_id: createdById, created_by_username: request.createdByUsername },
        schema: listAdminTokensResponseSchema,
        retryMode: "idempotent",
        options,
      });
    },
    async get(tokenId, options) {
      const id = requireId("tokenId", tokenId);
      return transport.request({
        method: "GET",
        path: `${BASE}/tokens/${encodeURIComponent(id)}`,
        schema: getAdminTokenResponseSchema,
        retryMode: "idempotent",
        options,
      });
    },
    async delete(tokenId, options) {
      const id = requireId("tokenId", tokenId);
      return transport.request({
        method: "DELETE",
        path: `${BASE}/tokens/${encodeURIComponent(id)}`,
        schema: emptyResponseSchema,
        retryMode: "idempotent",
        options,
      });
    },
    async createOnBehalfOf(request, options) {
      const applicationId = requireId("applicationId", request?.applicationId);
      const lifetime = checkLifetimeSeconds(request.lifetimeSeconds);
      return transport.request({
        method: "POST",
        path: `${BASE}/on-behalf-of/tokens`,
        body: {
          application_id: applicationId,
          ...(lifetime === undefined ? {} : { lifetime_seconds: lifetime }),
          ...(request.comment === undefined ? {} : { comment: request.comment }),
          ...(request.scopes === undefined ? {} : { scopes: request.scopes }),
        },
        schema: createOboTokenResponseSchema,
        retryMode: "create",
        options,
      });
    },
  };
}
