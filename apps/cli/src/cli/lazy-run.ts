import type { Command } from "./command.js";

/**
 * A command's `run` that loads its implementation on first use. The bundle (build.mjs) is split
 * at every `import()`: `dbcfg --help`, `--version` and every other command never read, compile
 * or evaluate that implementation.
 */
export function lazyRun(load: () => Promise<{ run: Command["run"] }>): Command["run"] {
  return async (args, ctx) => (await load()).run(args, ctx);
}
