import type { Command } from "./command.js";

/**
 * A command's `run` that loads its implementation on first use. In the one-file bundle
 * (build.mjs) an `import()` becomes a lazy initialiser: `dbcfg --help`, `--version` and every
 * other command never evaluate that implementation, though V8 still pre-parses its text.
 */
export function lazyRun(load: () => Promise<{ run: Command["run"] }>): Command["run"] {
  return async (args, ctx) => (await load()).run(args, ctx);
}
