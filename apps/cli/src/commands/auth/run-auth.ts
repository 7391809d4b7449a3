import { ENV_CONFIG_PROFILE, resolveConfig } from "@dbcfg/unified-auth";
import { DEFAULT_PROFILE } from "@dbcfg/config-file";
import { EXIT_OK, UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import { withExpectedFailures } from "../../cli/expected-failure.js";
import { parseFlags, stringFlag } from "../../cli/parse-flags.js";
import { printJson, printLine } from "../../io/print.js";
import { optimisticTokenExchange } from "../../auth/credentials-of-resolution.js";
import { envVariables } from "./env-variables.js";
import { shellQuote } from "../../cli/shell-quote.js";
import { doctorHint } from "../../cli/doctor-hint.js";

/** `dbcfg auth <subcommand>`; only `env` exists. */
export async function run(args: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = args;
  if (name !== "env") throw new UsageError(name === undefined ? "auth needs a subcommand: env." : `unknown auth subcommand "${name}" (known: env).`);
  return runAuthEnv(rest, ctx);
}

/**
 * `dbcfg auth env`: resolves the profile as the Databricks CLI does and prints its variables.
 * Redacted output goes through `printLine`/`printJson` (redacted again, control characters
 * escaped); revealed output is written as is, and only ever to something that is not a terminal.
 */
async function runAuthEnv(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseFlags(args, { profile: { type: "string", short: "p" }, json: { type: "boolean" }, reveal: { type: "boolean" } });
  const reveal = values.reveal === true;
  if (reveal && ctx.stdout.isTTY) {
    throw new UsageError(
      "refusing --reveal: stdout is a terminal, where scrollback keeps secrets. Redirect or pipe the output (dbcfg auth env --reveal > file).",
    );
  }
  // Without --profile, DEFAULT, as `databricks auth env` does (not DATABRICKS_CONFIG_PROFILE).
  const profile = stringFlag(values, "profile") ?? DEFAULT_PROFILE;
  const fromEnv = ctx.env[ENV_CONFIG_PROFILE];
  if (stringFlag(values, "profile") === undefined && fromEnv && fromEnv !== DEFAULT_PROFILE) {
    printLine(
      ctx.stderr,
      `Note: without -p this prints [${DEFAULT_PROFILE}], as \`databricks auth env\` does, not ${ENV_CONFIG_PROFILE}=${fromEnv}; pass -p ${shellQuote(fromEnv)} for that profile.`,
    );
  }
  return withExpectedFailures(ctx, () => printAuthEnv(ctx, profile, reveal, values.json === true), doctorHint(profile));
}

/** Resolves `profile` and prints its variables; a resolution failure is an expected one (exit 1). */
async function printAuthEnv(ctx: CliContext, profile: string, reveal: boolean, json: boolean): Promise<number> {
  const resolution = await resolveConfig({
    explicit: { profile },
    env: ctx.env,
    homeDir: ctx.homeDir,
    cwd: ctx.cwd,
    probes: { tokenExchange: optimisticTokenExchange },
  });
  const variables = envVariables(resolution, reveal);
  if (json) {
    const env = Object.fromEntries(variables.map((v) => [v.name, v.value]));
    if (reveal) ctx.stdout.write(`${JSON.stringify({ env }, null, 2)}\n`);
    else printJson(ctx.stdout, { env });
    return EXIT_OK;
  }
  for (const variable of variables) {
    const line = `${variable.name}=${shellQuote(variable.value)}`;
    if (reveal) ctx.stdout.write(`${line}\n`);
    else printLine(ctx.stdout, line);
  }
  return EXIT_OK;
}
