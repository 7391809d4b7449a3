import type { CliContext } from "../context.js";
import { CliError } from "./cli-error.js";

/** Exit codes of every dbcfg command (DESIGN.md): 0 nothing failed, 1 a check failed, 2 usage or internal error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One `dbcfg <name>` command. It writes through `ctx` only and returns its exit code. */
export interface Command {
  readonly name: string;
  /** One line for `dbcfg --help`. */
  readonly summary: string;
  /** Full help text for `dbcfg <name> --help`. */
  readonly help: string;
  run(args: readonly string[], ctx: CliContext): Promise<number>;
}

/** Bad flags or arguments: printed with the command's usage, exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super("usage", message);
  }
}
