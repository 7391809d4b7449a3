/**
 * What the `dbcfg` executable runs: `build.mjs` bundles this module and everything it imports
 * into `dist/bundle/` (entry `dbcfg.mjs`, split at every `import()`), which `dist/bin.cjs`
 * (src/bin.cts) imports and starts.
 */
export { main } from "./main.js";
export { createProcessContext } from "./context.js";
