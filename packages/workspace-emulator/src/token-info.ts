import type { TokenRecord } from "./token-store.js";
import type { WorkspaceState } from "./workspace-state.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** `PublicTokenInfo` of `/api/2.0/token/*`; `comment` is omitted when empty. */
export function toPublicTokenInfo(record: TokenRecord): Record<string, unknown> {
  return {
    token_id: record.tokenId,
    creation_time: record.creationTime,
    expiry_time: record.expiryTime,
    ...(record.comment === undefined ? {} : { comment: record.comment }),
    ...(record.scopes === undefined ? {} : { scopes: [...record.scopes] }),
    ...(record.autoscopeEnabled === true ? { autoscope_state: "AUTOSCOPE_STATE_RUNNING" } : {}),
  };
}

/** `TokenInfo` of the token-management API, with creator, owner, workspace and `last_used_day` (UTC midnight). */
export function toAdminTokenInfo(record: TokenRecord, state: WorkspaceState): Record<string, unknown> {
  const creator = state.findPrincipalById(record.createdById);
  return {
    ...toPublicTokenInfo(record),
    created_by_id: record.createdById,
    ...(creator === undefined ? {} : { created_by_username: creator.userName }),
    owner_id: record.ownerId,
    workspace_id: state.workspaceId,
    ...(record.lastUsedTime === undefined ? {} : { last_used_day: Math.floor(record.lastUsedTime / DAY_MS) * DAY_MS }),
  };
}
