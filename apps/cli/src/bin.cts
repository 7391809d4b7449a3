#!/usr/bin/env node
// The `dbcfg` executable. CommonJS, so that starting it needs no ESM loader; the CLI itself is the
// bundle next to this file, loaded with its build-time code cache (bundle-loader.cts).
import bundleLoader = require("./bundle-loader.cjs");

const { executable } = bundleLoader.loadBundle(__dirname);
void executable.main(process.argv.slice(2), executable.createProcessContext()).then((code) => {
  process.exitCode = code;
});
