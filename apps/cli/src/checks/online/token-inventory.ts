import type { TokenInfo } from "@dbcfg/token-api";
import type { CheckOutcome } from "../../doctor/engine/types.js";
import { callOptions } from "../../doctor/online/workspace-client.js";
import { workspaceWideCheck } from "../../doctor/online/workspace-wide-check.js";
import { shellQuote } from "../../cli/shell-quote.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Tokens per user (legacy Token API docs). */
export const TOKEN_QUOTA = 600;
const EXPIRY_WINDOW_DAYS = 14;

const label = (token: TokenInfo, own: string): string =>
  `${token.comment ? `"${token.comment}"` : `id ${token.tokenId.slice(0, 8)}…`}${token.tokenId === own ? " (this profile's token)" : ""}`;

/** The caller's own tokens through `token/list`: quota, never-expiring and soon-expiring tokens. */
export const tokenInventory = workspaceWideCheck({
  id: "token-inventory",
  title: "Your tokens in this workspace",
  help: "Lists your tokens (GET /api/2.0/token/list): the count against the 600-per-user quota (creation fails with QUOTA_EXCEEDED beyond it), tokens that never expire, and tokens that expire within 14 days.",
  async read(ctx, { client, target, profile }) {
    let tokens: TokenInfo[];
    try {
      tokens = await client.tokens.list(callOptions(ctx));
    } catch (error) {
      return [{ status: "skip", message: `Skipped: token/list is not readable with this token (${(error as Error).message}).` }];
    }
    // token ids are documented as the SHA-256 of the token: a match marks this profile's own token.
    const { createHash } = await import("node:crypto");
    const own = createHash("sha256").update(target.token).digest("hex");
    const now = ctx.cli.now();
    const outcomes: CheckOutcome[] = [];
    const revokeFix = "Revoke tokens you no longer use: dbcfg token list, then dbcfg token revoke <id>.";
    if (tokens.length >= TOKEN_QUOTA)
      outcomes.push({
        status: "fail",
        message: `You hold ${tokens.length} tokens: the ${TOKEN_QUOTA}-token quota is reached and token/create fails with QUOTA_EXCEEDED.`,
        fix: revokeFix,
      });
    else if (tokens.length >= TOKEN_QUOTA * 0.9)
      outcomes.push({ status: "warn", message: `You hold ${tokens.length} of at most ${TOKEN_QUOTA} tokens.`, fix: revokeFix });
    const forever = tokens.filter((t) => Number(t.expiryTime) <= 0);
    if (forever.length > 0) {
      outcomes.push({
        status: "warn",
        message: `${forever.length} of your tokens never expire: ${forever.map((t) => label(t, own)).join(", ")}.`,
        fix: "Rotate them to tokens with a lifetime: dbcfg token rotate --profile <profile>.",
      });
    }
    for (const token of tokens) {
      const days = (Number(token.expiryTime) - now) / DAY_MS;
      if (Number(token.expiryTime) <= 0 || days < 0 || days > EXPIRY_WINDOW_DAYS) continue;
      const fix =
        token.tokenId === own
          ? `Rotate it before then: dbcfg token rotate --profile ${shellQuote(profile)}`
          : "Replace it before then wherever it is used (dbcfg token rotate --profile <that profile>).";
      outcomes.push({ status: "warn", message: `Token ${label(token, own)} expires in ${Math.ceil(days)} day${Math.ceil(days) === 1 ? "" : "s"}.`, fix });
    }
    return outcomes.length > 0
      ? outcomes
      : [{ status: "pass", message: `You hold ${tokens.length} token${tokens.length === 1 ? "" : "s"}; all expire, none within ${EXPIRY_WINDOW_DAYS} days.` }];
  },
});
