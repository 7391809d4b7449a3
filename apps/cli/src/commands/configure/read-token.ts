import { checkToken } from "@dbcfg/config-file";
import { UsageError } from "../../cli/command.js";
import type { CliContext } from "../../context.js";
import type { Prompter } from "../../io/prompt.js";
import { CliError } from "../../cli/cli-error.js";
import { whyNotAToken } from "./refuse-non-token.js";

/** Thrown for a token that must not be written; the message never contains the token. */
export class TokenInputError extends CliError {
  constructor(message: string) {
    super("invalid-token", message);
  }
}

/**
 * The token for `configure`: from stdin with `--token-stdin`, else from a hidden prompt on a
 * terminal — never from argv, where shell history and `ps` would keep it. Surrounding whitespace
 * (the newline of `echo`) is trimmed; anything `checkToken` calls an error is refused.
 */
export async function readToken(ctx: CliContext, fromStdin: boolean, prompter: Prompter | undefined): Promise<{ token: string; warnings: string[] }> {
  let raw: string;
  if (fromStdin) raw = await ctx.readStdin();
  else if (prompter) raw = await prompter.ask("Personal access token (input hidden): ", { hidden: true });
  else
    throw new UsageError(
      "no token given: pipe it with --token-stdin (e.g. `pbpaste | dbcfg configure -p P --token-stdin`), or run in a terminal to be prompted.",
    );
  const token = raw.trim();
  if (token === "") throw new TokenInputError(fromStdin ? "stdin held no token." : "no token was typed.");
  const findings = checkToken(token);
  const refused = findings.find((f) => f.severity === "error");
  if (refused) throw new TokenInputError(`the token was not saved: the ${refused.message}.`);
  const notAToken = whyNotAToken(token);
  if (notAToken !== undefined) throw new TokenInputError(`the token was not saved: ${notAToken}`);
  return { token, warnings: findings.map((f) => `The ${f.message}.`) };
}
