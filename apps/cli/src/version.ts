import { readFileSync } from "node:fs";

/** The version of the `dbcfg` package, as `npm` installed it (read from the manifest beside dist/). */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
