import { EXIT_FAILED, EXIT_OK } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { palette, useColor } from "../../io/color.js";
import { resolveConfigPath } from "../../io/config-file-access.js";
import { withExpectedFailures } from "../../cli/expected-failure.js";
import { doctorHint } from "../../cli/doctor-hint.js";
import { parseFlags } from "../../cli/parse-flags.js";
import { TIMEOUT_FLAG, parseTimeoutFlag } from "../../cli/timeout-flag.js";
import { printJson, printLine } from "../../io/print.js";
import { tokenServiceOpener } from "../token/open-token-service.js";
import { collectProfiles } from "./collect-profiles.js";
import { DEFAULT_PROFILE_TIMEOUT_MS, type ProfileStatus } from "./profile-status.js";

function renderTable(rows: readonly ProfileStatus[], ctx: CliContext): string {
  const colors = palette(useColor(ctx));
  const validText = (v: boolean | null) => (v === true ? "YES" : v === false ? "NO" : "-");
  const cells = rows.map((r) => [r.default ? `${r.name} (Default)` : r.name, r.host ?? "", r.cloud ?? "", r.authType ?? "", validText(r.valid), r.reason]);
  const header = ["Name", "Host", "Cloud", "Auth", "Valid", "Reason"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ");
  const paint = (row: string, valid: boolean | null) => (valid === true ? row : valid === false ? colors.red(row) : colors.dim(row));
  return [colors.bold(line(header)), ...cells.map((c, i) => paint(line(c), rows[i]!.valid))].join("\n");
}

async function runProfiles(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(args, { json: { type: "boolean" }, offline: { type: "boolean" }, ...TIMEOUT_FLAG });
  const timeoutMs = parseTimeoutFlag(values.timeout) ?? DEFAULT_PROFILE_TIMEOUT_MS;
  const configFile = resolveConfigPath(ctx);
  const rows = await collectProfiles({
    configFile,
    homeDir: ctx.homeDir,
    timeoutMs,
    env: ctx.env,
    ...(values.offline === true ? {} : { open: tokenServiceOpener(ctx, timeoutMs) }),
  });
  if (values.json === true) printJson(ctx.stdout, { profiles: rows });
  else if (rows.length === 0)
    printLine(ctx.stdout, `No profiles: ${configFile} does not exist or holds none. Create one with \`dbcfg configure -p NAME --host https://…\`.`);
  else printLine(ctx.stdout, renderTable(rows, ctx));
  return rows.some((r) => r.valid === false) ? EXIT_FAILED : EXIT_OK;
}

/** `dbcfg profiles`: every profile validated in parallel, each with its reason; a file it cannot read points at the doctor. */
export function run(args: readonly string[], ctx: CliContext): Promise<number> {
  return withExpectedFailures(ctx, () => runProfiles(args, ctx), doctorHint());
}
