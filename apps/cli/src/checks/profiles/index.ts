import type { Check } from "../../doctor/engine/types.js";
import { hostShape } from "./host-shape.js";
import { tokenShape } from "./token-shape.js";
import { accountHostPat } from "./account-host-pat.js";
import { basicAuth } from "./basic-auth.js";
import { duplicateToken } from "./duplicate-token.js";
import { duplicateHost } from "./duplicate-host.js";
import { defaultCase } from "./default-case.js";
import { emptyDefault } from "./empty-default.js";
import { defaultProfileTarget } from "./default-profile-target.js";
import { sdkDivergence } from "./sdk-divergence.js";
import { oauthProfileToken } from "./oauth-profile-token.js";
import { oauthTokenCache } from "./oauth-token-cache.js";

/** The "profiles" group (each profile of the config file), in report order. One file per check, named by its id; a check may only require checks listed before it. */
export const PROFILE_CHECKS: readonly Check[] = [
  hostShape,
  tokenShape,
  accountHostPat,
  basicAuth,
  duplicateToken,
  duplicateHost,
  oauthProfileToken,
  oauthTokenCache,
  defaultCase,
  emptyDefault,
  defaultProfileTarget,
  sdkDivergence,
];
