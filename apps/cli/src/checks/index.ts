import type { Check } from "../doctor/types.js";
import { configFilePath } from "./config-file-path.js";
import { configFilePermissions } from "./config-file-permissions.js";
import { configFileEncoding } from "./config-file-encoding.js";
import { configFileSyntax } from "./config-file-syntax.js";
import { backupFileSecrets } from "./backup-file-secrets.js";
import { configInGit } from "./config-in-git.js";
import { hostShape } from "./host-shape.js";
import { tokenShape } from "./token-shape.js";
import { basicAuth } from "./basic-auth.js";
import { duplicateToken } from "./duplicate-token.js";
import { duplicateHost } from "./duplicate-host.js";
import { defaultCase } from "./default-case.js";
import { oauthProfileToken } from "./oauth-profile-token.js";
import { oauthTokenCache } from "./oauth-token-cache.js";
import { emptyDefault } from "./empty-default.js";
import { defaultProfileTarget } from "./default-profile-target.js";
import { sdkDivergence } from "./sdk-divergence.js";
import { selectedProfile } from "./selected-profile.js";
import { envShadowing } from "./env-shadowing.js";
import { envOrigins } from "./env-origins.js";
import { envProfileMissing } from "./env-profile-missing.js";
import { envAuthType } from "./env-auth-type.js";
import { authConflict } from "./auth-conflict.js";
import { bundleTarget } from "./bundle-target.js";
import { authResolves } from "./auth-resolves.js";
import { sdkResolutionDiffers } from "./sdk-resolution-differs.js";
import { dns } from "./dns.js";
import { tcp } from "./tcp.js";
import { tls } from "./tls.js";
import { ipAccessList } from "./ip-access-list.js";
import { tokenValid } from "./token-valid.js";
import { tokenScopes } from "./token-scopes.js";
import { clockSkew } from "./clock-skew.js";
import { toolVersions } from "./tool-versions.js";
import { netrcCredentials } from "./netrc-credentials.js";
import { tokensEnabled } from "./tokens-enabled.js";
import { tokenLifetimePolicy } from "./token-lifetime-policy.js";
import { tokenInventory } from "./token-inventory.js";
import { staleTokens } from "./stale-tokens.js";

/** Every doctor check, in report order (file, profiles, environment, online). One file per check, named by its id. */
export const CHECKS: readonly Check[] = [
  configFilePath,
  configFilePermissions,
  configFileEncoding,
  configFileSyntax,
  backupFileSecrets,
  configInGit,
  hostShape,
  tokenShape,
  basicAuth,
  duplicateToken,
  duplicateHost,
  oauthProfileToken,
  oauthTokenCache,
  defaultCase,
  emptyDefault,
  defaultProfileTarget,
  sdkDivergence,
  selectedProfile,
  envShadowing,
  envOrigins,
  envProfileMissing,
  envAuthType,
  bundleTarget,
  netrcCredentials,
  authConflict,
  authResolves,
  sdkResolutionDiffers,
  dns,
  tcp,
  tls,
  clockSkew,
  tokenValid,
  ipAccessList,
  tokenScopes,
  tokensEnabled,
  tokenLifetimePolicy,
  tokenInventory,
  staleTokens,
  toolVersions,
];
