#!/usr/bin/env node
// The `dbcfg` executable. CommonJS, so that starting it needs no ESM loader; the CLI itself is the
// one-file bundle `dbcfg.cjs` next to this file (build.mjs). Where Node offers it (22.1 and later),
// `module.enableCompileCache()` keeps V8's compiled code of the bundle in the OS temp folder, made
// and checked by the running Node itself, so later starts skip parsing and compiling
// (https://nodejs.org/api/module.html#moduleenablecompilecachecachedir). Node 20 has no such
// cache: the bundle is compiled at every start. A crash trace names places in the bundle; run with
// NODE_OPTIONS=--enable-source-maps to see them in src/ instead (dbcfg.cjs.map).
import nodeModule = require("node:module");
import type * as Executable from "./executable.js";

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// Required only now, so that the compile cache (where there is one) covers the bundle.
const executable = require("./dbcfg.cjs") as typeof Executable;
void executable.main(process.argv.slice(2), executable.createProcessContext()).then((code) => {
  process.exitCode = code;
});
