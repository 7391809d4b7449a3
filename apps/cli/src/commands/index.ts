import type { Command } from "../command.js";

/** Every `dbcfg` command, in the order `dbcfg --help` lists them. Each lives in its own file. */
export const COMMANDS: readonly Command[] = [];
