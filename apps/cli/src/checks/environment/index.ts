import type { Check } from "../../doctor/engine/types.js";
import { selectedProfile } from "./selected-profile.js";
import { envShadowing } from "./env-shadowing.js";
import { envProfileMissing } from "./env-profile-missing.js";
import { envAuthType } from "./env-auth-type.js";
import { authConflict } from "./auth-conflict.js";
import { authResolves } from "./auth-resolves.js";
import { sdkResolutionDiffers } from "./sdk-resolution-differs.js";
import { envOrigins } from "./env-origins.js";
import { bundleTarget } from "./bundle-target.js";
import { netrcCredentials } from "./netrc-credentials.js";
import { proxySettings } from "./proxy-settings.js";
import { caBundle } from "./ca-bundle.js";

/** The "environment" group (the DATABRICKS_* environment and how the SDKs resolve it), in report order. One file per check, named by its id; a check may only require checks listed before it. */
export const ENVIRONMENT_CHECKS: readonly Check[] = [
  selectedProfile,
  envShadowing,
  envOrigins,
  envProfileMissing,
  envAuthType,
  bundleTarget,
  netrcCredentials,
  proxySettings,
  caBundle,
  authConflict,
  authResolves,
  sdkResolutionDiffers,
];
