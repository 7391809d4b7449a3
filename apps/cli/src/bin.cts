#!/usr/bin/env node
// The `dbcfg` executable: a CommonJS launcher that imports the bundle, `bundle/dbcfg.mjs` under
// dist/ (build.mjs). The bundle is split at every `import()`, so a command compiles only the code
// it runs. Where Node offers it (22.1 and later), `module.enableCompileCache()` keeps V8's compiled
// code in the OS temp folder, made and checked by the running Node itself, so later starts skip
// compiling (https://nodejs.org/api/module.html#moduleenablecompilecachecachedir); Node 20 has no
// such cache. A crash trace names places in the bundle; run with NODE_OPTIONS=--enable-source-maps
// to see them in src/ instead (each bundle file has its .map beside it).
import nodeModule = require("node:module");
import type * as Executable from "./executable.js";

// The bundle reads Node's built-in modules with process.getBuiltinModule (Node 20.16 and later on
// the 20 line, 22.3 and later): on an older Node, say so instead of failing inside the bundle.
if (typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule !== "function") {
  process.stderr.write(`dbcfg: needs Node.js 20.19 or later on the 20 line, or 22.3 or later; this is Node.js ${process.versions.node}.\n`);
  process.exit(2);
}

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Imported only now, so that the compile cache (where there is one) covers the bundle.
void import("./bundle/dbcfg.mjs" as string).then(async (executable: typeof Executable) => {
  process.exitCode = await executable.main(process.argv.slice(2), executable.createProcessContext());
});
