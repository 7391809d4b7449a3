/** A workspace user the emulator knows. */
export interface EmulatorSeedUser {
  /** SCIM `userName`, usually an e-mail address. */
  userName: string;
  /** SCIM `displayName`; defaults to the part of `userName` before `@`. */
  displayName?: string;
  /** Numeric user id (int64, below 2^53), sent as `created_by_id` / `owner_id`; defaults to a stable generated id. */
  id?: number;
  /** Workspace admins may use the token-management API and change workspace-conf. */
  admin?: boolean;
}

/** A service principal, the target of on-behalf-of tokens; its `userName` is its application id. */
export interface EmulatorSeedServicePrincipal {
  /** Application id (UUID); also the principal's SCIM `userName`. */
  applicationId: string;
  displayName?: string;
  id?: number;
  admin?: boolean;
  /**
   * OAuth client secret: with it the principal can get access tokens by client credentials from
   * `POST /oidc/v1/token` (OAuth M2M) and from the local Entra ID authority. Without it, M2M fails.
   * Build it at run time in tests; the emulator keeps only its SHA-256.
   */
  secret?: string;
}

/** Lifecycle states of a cluster (https://docs.databricks.com/api/workspace/clusters/get, `state`). */
export type ClusterState = "PENDING" | "RUNNING" | "RESTARTING" | "RESIZING" | "TERMINATING" | "TERMINATED" | "ERROR" | "UNKNOWN";

/** A cluster the workspace has, with the API's own field names. */
export interface EmulatorSeedCluster {
  /** E.g. `0123-456789-abcdefgh`. */
  cluster_id: string;
  cluster_name: string;
  /** Runtime key, e.g. `13.3.x-scala2.12` or `15.4.x-photon-scala2.12`. */
  spark_version: string;
  state: ClusterState;
  /** Access mode, e.g. `USER_ISOLATION`, `SINGLE_USER`, `NONE`; omitted from the API answer when absent. */
  data_security_mode?: string;
  /** userNames / applicationIds that can see the cluster (workspace admins always can); absent = everyone. */
  visibleTo?: string[];
}

/** A token that exists before the first request, so tests can start from any state. */
export interface EmulatorSeedToken {
  /** Owner: a seeded user's `userName` or a service principal's `applicationId`. */
  userName: string;
  /** The secret value, if the test wants to authenticate with it; otherwise a random one is minted. */
  value?: string;
  comment?: string;
  /** Epoch ms; defaults to the clock's start time. */
  creationTime?: number;
  /** Epoch ms, or -1 for "never expires" (the default). */
  expiryTime?: number;
  /** Epoch ms of the last authentication with this token; absent means never used. */
  lastUsedTime?: number;
  /** Creator (`userName`/`applicationId`); defaults to the owner. */
  createdBy?: string;
  /** API scopes the token is limited to (`["sql", "clusters:read"]`); absent → unscoped. */
  scopes?: string[];
}

/** Everything the emulated workspace starts with. Every field is optional. */
export interface EmulatorSeed {
  /** Workspace id (int64 below 2^53): `workspace_id` in token infos, `X-Databricks-Org-Id` on SCIM Me. */
  workspaceId?: number;
  /** Replaces the default users (`admin@example.com` admin, `user@example.com` non-admin). Must not be empty. */
  users?: EmulatorSeedUser[];
  /** Replaces the default service principal (application id `6f5ccf28-d83a-4957-9bfb-5bbfac551410`). */
  servicePrincipals?: EmulatorSeedServicePrincipal[];
  /** Merged over the defaults `{enableTokensConfig: "true", maxTokenLifetimeDays: "730"}`; values are strings as in the API. */
  workspaceConf?: Record<string, string>;
  tokens?: EmulatorSeedToken[];
  /** Client addresses the IP access list blocks (`"127.0.0.1"`, `"::1"`): every request from them gets the IP ACL 403. */
  blockedAddresses?: string[];
  /** The workspace's clusters (default: none). */
  clusters?: EmulatorSeedCluster[];
  /** The Entra ID tenant the local authority serves (default {@link DEFAULT_ENTRA_TENANT_ID}); other tenants get AADSTS90002. */
  entraTenantId?: string;
}

/** The tenant id of the local Entra ID authority when the seed names none. */
export const DEFAULT_ENTRA_TENANT_ID = "9e8d7c6b-5a49-4382-a716-2f3e4d5c6b7a";

/** The default workspace id (the one in the official token-management docs example). */
export const DEFAULT_WORKSPACE_ID = 5750939285643220;

/** The users an emulator starts with when the seed names none. */
export const DEFAULT_USERS: readonly EmulatorSeedUser[] = [
  { userName: "admin@example.com", displayName: "Admin User", id: 7000000000000001, admin: true },
  { userName: "user@example.com", displayName: "Regular User", id: 7000000000000002, admin: false },
];

/** The service principals an emulator starts with when the seed names none. */
export const DEFAULT_SERVICE_PRINCIPALS: readonly EmulatorSeedServicePrincipal[] = [
  { applicationId: "6f5ccf28-d83a-4957-9bfb-5bbfac551410", displayName: "automation-sp", id: 8000000000000001, admin: false },
];

/** Workspace-conf values of a fresh emulator. */
export const DEFAULT_WORKSPACE_CONF: Readonly<Record<string, string>> = {
  enableTokensConfig: "true",
  maxTokenLifetimeDays: "730",
};
