import { TokenApiArgumentError } from "../api-error.js";
import type { CallOptions } from "../client-options.js";
import { createTokenResponseSchema, emptyResponseSchema, listTokensResponseSchema, type CreatedToken } from "../schemas/responses.js";
import type { TokenInfo } from "../schemas/token-info.js";
import type { Transport } from "../transport.js";
import { checkLifetimeSeconds, checkScopes, requireId } from "./check-arguments.js";

/** Arguments of `tokens.create`. */
export interface CreateTokenRequest {
  comment?: string;
  /** Positive seconds, or -1 for no expiry; omitted → the workspace default (2 years or `maxTokenLifetimeDays`). */
  lifetimeSeconds?: number;
  /** API scopes (`sql`, `clusters:read`, …); omitted → an unscoped token that can call every API its owner can. */
  scopes?: string[];
  /** Let the workspace narrow the scopes to what the token actually uses (`all-apis` while it observes). */
  autoscopeEnabled?: boolean;
}

/** What `tokens.update` changes; only the fields given are sent in `update_mask`. */
export interface UpdateTokenRequest {
  comment?: string;
  scopes?: string[];
}

/** The caller's own tokens: `/api/2.0/token/*`. */
export interface TokensApi {
  /** Mints a token. Never retried unless the server provably did not act (see README). */
  create(request?: CreateTokenRequest, options?: CallOptions): Promise<CreatedToken<TokenInfo>>;
  /** The caller's valid tokens (`{}` from the server is an empty list). */
  list(options?: CallOptions): Promise<TokenInfo[]>;
  /** Revokes one of the caller's tokens by id. */
  delete(tokenId: string, options?: CallOptions): Promise<void>;
  /** Changes the comment and/or scopes of one of the caller's tokens (`PATCH /api/2.0/token/{token_id}`). */
  update(tokenId: string, changes: UpdateTokenRequest, options?: CallOptions): Promise<void>;
}

export function createTokensApi(transport: Transport): TokensApi {
  return {
    async create(request = {}, options) {
      const lifetime = checkLifetimeSeconds(request.lifetimeSeconds);
      return transport.request({
        method: "POST",
        path: "/api/2.0/token/create",
        body: {
          ...(request.comment === undefined ? {} : { comment: request.comment }),
          ...(lifetime === undefined ? {} : { lifetime_seconds: lifetime }),
          ...(request.scopes === undefined ? {} : { scopes: checkScopes(request.scopes) }),
          ...(request.autoscopeEnabled === undefined ? {} : { autoscope_enabled: request.autoscopeEnabled }),
        },
        schema: createTokenResponseSchema,
        retryMode: "create",
        options,
      });
    },
    async list(options) {
      return transport.request({ method: "GET", path: "/api/2.0/token/list", schema: listTokensResponseSchema, retryMode: "idempotent", options });
    },
    async delete(tokenId, options) {
      const id = requireId("tokenId", tokenId);
      return transport.request({
        method: "POST",
        path: "/api/2.0/token/delete",
        body: { token_id: id },
        schema: emptyResponseSchema,
        retryMode: "idempotent",
        options,
      });
    },
    async update(tokenId, changes, options) {
      const id = requireId("tokenId", tokenId);
      const mask = [...(changes.comment === undefined ? [] : ["comment"]), ...(changes.scopes === undefined ? [] : ["scopes"])];
      if (mask.length === 0) throw new TokenApiArgumentError("tokens.update needs a comment or scopes to change, got neither");
      return transport.request({
        method: "PATCH",
        path: `/api/2.0/token/${encodeURIComponent(id)}`,
        body: {
          token: {
            ...(changes.comment === undefined ? {} : { comment: changes.comment }),
            ...(changes.scopes === undefined ? {} : { scopes: checkScopes(changes.scopes) }),
          },
          update_mask: mask.join(","),
        },
        schema: emptyResponseSchema,
        retryMode: "idempotent",
        options,
      });
    },
  };
}
