import { AccessTokenStore } from "./access-token-store.js";
import type { EmulatorClock } from "./clock.js";
import type { EmulatorCluster } from "./normalize-clusters.js";
import type { NormalizedSeed } from "./normalize-seed.js";
import type { Principal } from "./principal.js";
import { TokenStore } from "./token-store.js";
import { toTokenId, mintTokenValue } from "./token-value.js";
import { WorkspaceConfStore } from "./workspace-conf-store.js";
import { toClientAddress } from "./ip-access-list.js";

/** Everything the emulated workspace knows: principals, tokens, clusters, workspace-conf and the clock. */
export class WorkspaceState {
  readonly workspaceId: number;
  readonly principals: readonly Principal[];
  readonly tokens = new TokenStore();
  readonly conf: WorkspaceConfStore;
  /** Client addresses the workspace's IP access list refuses (as the socket reports them, `::ffff:` stripped). */
  readonly blockedAddresses = new Set<string>();
  /** OAuth access tokens issued by `/oidc/v1/token` and the local Entra ID authority. */
  readonly accessTokens = new AccessTokenStore();
  readonly clusters: readonly EmulatorCluster[];
  /** The one tenant the local Entra ID authority knows. */
  readonly entraTenantId: string;
  /** `http(s)://host:port` once the server listens; the OIDC discovery document's URLs start with it. */
  baseUrl = "";

  constructor(
    seed: NormalizedSeed,
    readonly clock: EmulatorClock,
  ) {
    this.workspaceId = seed.workspaceId;
    this.principals = seed.principals;
    this.conf = new WorkspaceConfStore(seed.workspaceConf);
    this.clusters = seed.clusters;
    this.entraTenantId = seed.entraTenantId;
    for (const address of seed.blockedAddresses) this.blockedAddresses.add(toClientAddress(address));
    const start = clock.now();
    for (const token of seed.tokens) {
      this.tokens.add({
        tokenId: toTokenId(token.value ?? mintTokenValue()),
        ownerId: this.requirePrincipal(token.ownerUserName).id,
        createdById: this.requirePrincipal(token.createdByUserName).id,
        comment: token.comment,
        scopes: token.scopes,
        creationTime: token.creationTime ?? start,
        expiryTime: token.expiryTime,
        lastUsedTime: token.lastUsedTime,
      });
    }
  }

  findPrincipal(userName: string): Principal | undefined {
    return this.principals.find((principal) => principal.userName === userName);
  }

  findPrincipalById(id: number): Principal | undefined {
    return this.principals.find((principal) => principal.id === id);
  }

  requirePrincipal(userName: string): Principal {
    const principal = this.findPrincipal(userName);
    if (principal === undefined) throw new Error(`no seeded user or service principal is named "${userName}"`);
    return principal;
  }
}
