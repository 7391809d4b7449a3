import type { Command } from "./command.js";

/**
 * A command's `run` that loads its implementation on first use. `dbcfg --help`, `--version` and
 * every other command then neither parse nor evaluate it: the bundle puts each implementation in
 * its own chunk, so the start-up cost of one command does not grow with the others.
 */
export function lazyRun(load: () => Promise<{ run: Command["run"] }>): Command["run"] {
  return async (args, ctx) => (await load()).run(args, ctx);
}
