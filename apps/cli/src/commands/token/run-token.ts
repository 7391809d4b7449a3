import { parseArgs } from "node:util";
import { UsageError } from "../../cli/command.js";
import { doctorHint } from "../../cli/doctor-hint.js";
import type { CliContext } from "../../context.js";
import { withExpectedFailures } from "../../cli/expected-failure.js";
import { runTokenCreate } from "./create.js";
import { runTokenList } from "./list.js";
import { runTokenRevoke } from "./revoke.js";
import { runTokenRotate } from "./rotate.js";

const SUBCOMMANDS: Record<string, (args: readonly string[], ctx: CliContext) => Promise<number>> = {
  create: (args, ctx) => runTokenCreate(args, ctx),
  list: (args, ctx) => runTokenList(args, ctx),
  revoke: (args, ctx) => runTokenRevoke(args, ctx),
  rotate: (args, ctx) => runTokenRotate(args, ctx),
};

/** `dbcfg token …`: dispatches to the subcommand; API and config failures exit 1 with a redacted message and the doctor command that explains them. */
export async function run(args: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = args;
  const sub = name === undefined ? undefined : SUBCOMMANDS[name];
  if (sub === undefined) {
    throw new UsageError(name === undefined ? "token needs a subcommand." : `unknown token subcommand "${name}".`);
  }
  // Without -p the command authenticates as the Databricks CLI resolves it, as the doctor does.
  const { values } = parseArgs({ args: [...rest], options: { profile: { type: "string", short: "p" } }, strict: false, allowPositionals: true });
  const profile = typeof values.profile === "string" ? values.profile : undefined;
  return withExpectedFailures(ctx, () => sub(rest, ctx), doctorHint(profile));
}
