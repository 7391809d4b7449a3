import type { Check } from "../../doctor/engine/types.js";
import { proxyReachable } from "./proxy-reachable.js";
import { dns } from "./dns.js";
import { tcp } from "./tcp.js";
import { tls } from "./tls.js";
import { tokenValid } from "./token-valid.js";
import { tokensEnabled } from "./tokens-enabled.js";
import { tokenLifetimePolicy } from "./token-lifetime-policy.js";
import { tokenInventory } from "./token-inventory.js";
import { staleTokens } from "./stale-tokens.js";
import { clockSkew } from "./clock-skew.js";
import { ipAccessList } from "./ip-access-list.js";
import { tokenScopes } from "./token-scopes.js";
import { toolVersions } from "./tool-versions.js";
import { servicePrincipal } from "./service-principal.js";
import { clusterVisible } from "./cluster-visible.js";
import { clusterRuntime } from "./cluster-runtime.js";
import { clusterState } from "./cluster-state.js";
import { clusterAccessMode } from "./cluster-access-mode.js";

/** The "online" group (the workspace, over the network), in report order. One file per check, named by its id; a check may only require checks listed before it. */
export const ONLINE_CHECKS: readonly Check[] = [
  proxyReachable,
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
  servicePrincipal,
  clusterVisible,
  clusterRuntime,
  clusterState,
  clusterAccessMode,
  toolVersions,
];
