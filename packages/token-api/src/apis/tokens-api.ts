import type { CallOptions } from "../client-options.js";
import { createTokenResponseSchema, emptyResponseSchema, listTokensResponseSchema, type CreatedToken } from "../schemas/responses.js";
import type { TokenInfo } from "../schemas/token-info.js";
import type { Transport } from "../transport.js";
import { checkLifetimeSeconds, requireId } from "./check-arguments.js";

/** Arguments of `tokens.create`. */
export interface CreateTokenRequest {
  comment?: string;
  /** Positive seconds, or -1 for no expiry; omitted → the workspace default (2 years or `maxTokenLifetimeDays`). */
  lifetimeSeconds?: number;
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
          ...(request.scopes === undefined ? {} : { scopes: request.scopes }),
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
  };
}
