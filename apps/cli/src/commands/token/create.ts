import { EXIT_OK, UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { parseFlags, parseIntegerFlag, stringFlag } from "../../cli/parse-flags.js";
import { TIMEOUT_FLAG, parseTimeoutFlag } from "../../cli/timeout-flag.js";
import { printLine } from "../../io/print.js";
import { resolveWorkspaceTarget } from "./workspace-target.js";
import { tokenServiceOpener } from "./open-token-service.js";
import { formatScopes } from "./format-scopes.js";
import { parseScopesFlag } from "./parse-scopes-flag.js";
import { DEFAULT_LIFETIME_SECONDS, formatExpiry } from "./token-dates.js";
import type { OpenTokenService } from "./token-service.js";

/**
 * `dbcfg token create`. The new token is written unredacted as the sole payload of stdout, the
 * one place dbcfg ever writes a secret; every other line goes to stderr through `printLine`.
 */
export async function runTokenCreate(args: readonly string[], ctx: CliContext, open?: OpenTokenService): Promise<number> {
  const { values } = parseFlags(args, {
    profile: { type: "string", short: "p" },
    comment: { type: "string" },
    "lifetime-seconds": { type: "string" },
    show: { type: "boolean" },
    ...TIMEOUT_FLAG,
    scopes: { type: "string" },
    "on-behalf-of": { type: "string" },
  });
  const onBehalfOf = stringFlag(values, "on-behalf-of");
  const scopes = parseScopesFlag(values.scopes);
  const lifetimeSeconds = parseIntegerFlag("lifetime-seconds", values["lifetime-seconds"], 1) ?? DEFAULT_LIFETIME_SECONDS;
  if (ctx.stdout.isTTY && values.show !== true) {
    throw new UsageError(
      "stdout is a terminal: refusing to print a new token where scrollback keeps it. " +
        "Pipe or redirect it (`dbcfg token create > token.txt`), or pass --show. No token was created.",
    );
  }
  const timeoutMs = parseTimeoutFlag(values.timeout);
  const target = await resolveWorkspaceTarget(ctx, stringFlag(values, "profile"));
  const service = await (open ?? tokenServiceOpener(ctx, timeoutMs))(target.host, target.credentials);
  const request = { comment: stringFlag(values, "comment") ?? "created by dbcfg", lifetimeSeconds, ...(scopes ? { scopes } : {}) };
  // Token management's on-behalf-of call (admins): the token belongs to the service principal.
  const created = onBehalfOf === undefined ? await service.create(request) : await service.createOnBehalfOf({ ...request, applicationId: onBehalfOf });
  ctx.stdout.write(created.tokenValue + "\n");
  const whose = onBehalfOf === undefined ? "" : ` for service principal ${onBehalfOf}`;
  printLine(
    ctx.stderr,
    `Created token ${created.tokenInfo.tokenId}${whose} on ${target.host}, expires ${formatExpiry(created.tokenInfo.expiryTime, ctx.now())}, ${formatScopes(created.tokenInfo.scopes)}.`,
  );
  return EXIT_OK;
}
