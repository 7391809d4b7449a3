/**
 * What the `dbcfg` executable runs: `build.mjs` bundles this module and everything it imports
 * into `dist/dbcfg.cjs`, which `dist/bin.cjs` (src/bin.cts) loads and starts.
 */
export { main } from "./main.js";
export { createProcessContext } from "./context.js";
