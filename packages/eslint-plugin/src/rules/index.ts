import type { DbcfgRule } from "../create-rule.js";
import { noBasicAuth } from "./no-basic-auth.js";
import { noHardcodedCredentials } from "./no-hardcoded-credentials.js";
import { noHardcodedPat } from "./no-hardcoded-pat.js";
import { noTokenInUrl } from "./no-token-in-url.js";
import { requireTokenLifetime } from "./require-token-lifetime.js";

/** Every rule of the plugin, keyed by id (a structure test keeps this, the files, tests and docs in step). */
export const rules: Record<string, DbcfgRule> = {
  "no-basic-auth": noBasicAuth,
  "no-hardcoded-credentials": noHardcodedCredentials,
  "no-hardcoded-pat": noHardcodedPat,
  "no-token-in-url": noTokenInUrl,
  "require-token-lifetime": requireTokenLifetime,
};
