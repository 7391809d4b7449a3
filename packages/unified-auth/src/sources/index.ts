import { fromConfigFile } from "./from-config-file.js";
import { fromEnv } from "./from-env.js";
import { fromExplicit } from "./from-explicit.js";
import type { Source } from "./source.js";

/**
 * The configuration sources in precedence order — identical in every SDK:
 * 1. `fromExplicit` (constructor arguments), 2. `fromEnv` (environment variables),
 * 3. `fromConfigFile` (the `.databrickscfg` profile). Each fills only attributes still unset, so an
 * earlier source always wins; the values it hides are kept as `shadowed`.
 */
export const SOURCES: readonly Source[] = [fromExplicit, fromEnv, fromConfigFile];
