import { EXIT_OK, UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { parseFlags, stringFlag } from "../../cli/parse-flags.js";
import { TIMEOUT_FLAG, parseTimeoutFlag } from "../../cli/timeout-flag.js";
import { printLine } from "../../io/print.js";
import { resolveWorkspaceTarget } from "./workspace-target.js";
import { tokenServiceOpener } from "./open-token-service.js";
import type { OpenTokenService } from "./token-service.js";

const TOKEN_ID = /^[0-9a-f]{6,128}$/i;

/** `dbcfg token revoke <id>`: refuses anything that looks like a token value rather than an id. */
export async function runTokenRevoke(args: readonly string[], ctx: CliContext, open?: OpenTokenService): Promise<number> {
  const { values, positionals } = parseFlags(args, { profile: { type: "string", short: "p" }, ...TIMEOUT_FLAG }, true);
  if (positionals.length !== 1) throw new UsageError("token revoke takes exactly one token id.");
  const tokenId = positionals[0]!;
  if (tokenId.startsWith("dapi")) {
    throw new UsageError("that is a token value, not a token id: find the id with `dbcfg token list`.");
  }
  if (!TOKEN_ID.test(tokenId)) throw new UsageError(`"${tokenId}" is not a token id (hex, as \`dbcfg token list\` shows).`);
  const timeoutMs = parseTimeoutFlag(values.timeout);
  const target = await resolveWorkspaceTarget(ctx, stringFlag(values, "profile"));
  const service = await (open ?? tokenServiceOpener(ctx, timeoutMs))(target.host, target.credentials);
  await service.revoke(tokenId);
  printLine(ctx.stdout, `Revoked token ${tokenId} on ${target.host}.`);
  return EXIT_OK;
}
