import type { CliContext } from "../../context.js";
import type { OpenTokenService, TokenService, TokenSummary } from "./token-service.js";

interface ApiTokenInfo {
  tokenId: string;
  creationTime: number | bigint;
  expiryTime: number | bigint;
  comment?: string;
  scopes?: string[];
}

/** Epoch times beyond 2^53 (sentinels) only ever mean "far future" here, so `Number` is exact enough. */
function toSummary(info: ApiTokenInfo): TokenSummary {
  return {
    tokenId: info.tokenId,
    creationTime: Number(info.creationTime),
    expiryTime: Number(info.expiryTime),
    ...(info.comment === undefined ? {} : { comment: info.comment }),
    ...(info.scopes === undefined ? {} : { scopes: info.scopes }),
  };
}

/**
 * Opens services over `@dbcfg/token-api`, loaded on first use so that commands which never talk
 * to a workspace (`doctor --offline`, `describe`, `configure`) do not pay for it at start-up.
 */
export function tokenServiceOpener(ctx: CliContext, timeoutMs?: number): OpenTokenService {
  return async (host, auth): Promise<TokenService> => {
    const { createTokenClient } = await import("@dbcfg/token-api");
    const client = createTokenClient({
      host,
      ...(typeof auth === "string" ? { token: auth } : { credentials: auth }),
      fetch: ctx.fetch,
      userAgent: "cmd/token",
      ...(timeoutMs ? { timeoutMs, retry: { deadlineMs: timeoutMs } } : {}),
    });
    return {
      async create(request) {
        const created = await client.tokens.create(request);
        return { tokenValue: created.tokenValue, tokenInfo: toSummary(created.tokenInfo) };
      },
      async createOnBehalfOf(request) {
        const created = await client.tokenManagement.createOnBehalfOf(request);
        return { tokenValue: created.tokenValue, tokenInfo: toSummary(created.tokenInfo) };
      },
      list: async () => (await client.tokens.list()).map(toSummary),
      revoke: (tokenId) => client.tokens.delete(tokenId),
      me: (options) => client.currentUser.me(undefined, options),
    };
  };
}
