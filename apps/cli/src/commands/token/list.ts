import { EXIT_OK } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { parseFlags, stringFlag } from "../../cli/parse-flags.js";
import { TIMEOUT_FLAG, parseTimeoutFlag } from "../../cli/timeout-flag.js";
import { printJson, printLine } from "../../io/print.js";
import { resolveWorkspaceTarget } from "./workspace-target.js";
import { tokenServiceOpener } from "./open-token-service.js";
import { formatExpiry, formatTime } from "./token-dates.js";
import type { OpenTokenService, TokenSummary } from "./token-service.js";

/** `dbcfg token list`: newest first, with expiry in days so stale and eternal tokens stand out. */
export async function runTokenList(args: readonly string[], ctx: CliContext, open?: OpenTokenService): Promise<number> {
  const { values } = parseFlags(args, { profile: { type: "string", short: "p" }, json: { type: "boolean" }, ...TIMEOUT_FLAG });
  const timeoutMs = parseTimeoutFlag(values.timeout);
  const target = await resolveWorkspaceTarget(ctx, stringFlag(values, "profile"));
  const service = await (open ?? tokenServiceOpener(ctx, timeoutMs))(target.host, target.credentials);
  const tokens = [...(await service.list())].sort((a, b) => b.creationTime - a.creationTime);
  if (values.json === true) {
    printJson(ctx.stdout, { tokens });
    return EXIT_OK;
  }
  if (tokens.length === 0) {
    printLine(ctx.stdout, `No tokens on ${target.host}.`);
    return EXIT_OK;
  }
  printLine(ctx.stdout, renderTable(tokens, ctx.now()));
  return EXIT_OK;
}

function renderTable(tokens: readonly TokenSummary[], now: number): string {
  const rows = tokens.map((t) => [t.tokenId, formatTime(t.creationTime), formatExpiry(t.expiryTime, now), t.scopes?.join(",") ?? "(all)", t.comment ?? ""]);
  const header = ["ID", "Created", "Expires", "Scopes", "Comment"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
