import type { Check } from "../doctor/engine/types.js";
import { FILE_CHECKS } from "./file/index.js";
import { PROFILE_CHECKS } from "./profiles/index.js";
import { ENVIRONMENT_CHECKS } from "./environment/index.js";
import { ONLINE_CHECKS } from "./online/index.js";

/**
 * Every doctor check, in report order: one folder per output group (file, profiles, environment,
 * online), one file per check named by its id, listed in its folder's `index.ts`. To add a check,
 * add `<group>/<id>.ts` and `<group>/<id>.test.ts` and list it in `<group>/index.ts`.
 */
export const CHECKS: readonly Check[] = [...FILE_CHECKS, ...PROFILE_CHECKS, ...ENVIRONMENT_CHECKS, ...ONLINE_CHECKS];
