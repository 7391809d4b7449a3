import { ApiFailure, invalidParameter } from "./api-failure.js";
import type { Principal } from "./principal.js";
import type { TokenRecord } from "./token-store.js";
import { mintTokenValue, toTokenId } from "./token-value.js";
import type { WorkspaceState } from "./workspace-state.js";

/** Per-user limit on non-expired tokens (legacy Token API docs: "The token quota for a user is 600"). */
export const TOKEN_QUOTA = 600;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a create call asks for, after the request body was read. */
export interface CreateTokenInput {
  owner: Principal;
  createdBy: Principal;
  lifetimeSeconds: number | undefined;
  comment: string | undefined;
  scopes?: readonly string[] | undefined;
  autoscopeEnabled?: boolean | undefined;
}

/**
 * Mints a token under the workspace's rules: lifetime checks against `maxTokenLifetimeDays`
 * (no lifetime → the workspace maximum), `0` rejected as the real API does, then the 600 quota.
 */
export function createToken(state: WorkspaceState, input: CreateTokenInput): { value: string; record: TokenRecord } {
  const now = state.clock.now();
  const expiryTime = resolveExpiryTime(input.lifetimeSeconds, now, state.conf.maxTokenLifetimeDays());
  if (state.tokens.countValidOwnedBy(input.owner.id, now) >= TOKEN_QUOTA) {
    throw new ApiFailure(
      400,
      "QUOTA_EXCEEDED",
      `Cannot create more than ${TOKEN_QUOTA} tokens: the token quota for ${input.owner.userName} is exceeded. Revoke unused tokens first.`,
    );
  }
  const value = mintTokenValue();
  const record: TokenRecord = {
    tokenId: toTokenId(value),
    ownerId: input.owner.id,
    createdById: input.createdBy.id,
    comment: input.comment === "" ? undefined : input.comment,
    scopes: input.scopes,
    ...(input.autoscopeEnabled === true ? { autoscopeEnabled: true } : {}),
    creationTime: now,
    expiryTime,
    lastUsedTime: undefined,
  };
  state.tokens.add(record);
  return { value, record };
}

function resolveExpiryTime(lifetimeSeconds: number | undefined, now: number, maxDays: number): number {
  const limited = maxDays > 0;
  if (lifetimeSeconds === undefined) return limited ? now + maxDays * DAY_MS : -1;
  if (lifetimeSeconds === -1 && !limited) return -1;
  if (lifetimeSeconds <= 0 && lifetimeSeconds !== -1) {
    throw invalidParameter(`requirement failed: Invalid timeout: ${lifetimeSeconds}`);
  }
  if (limited && (lifetimeSeconds === -1 || lifetimeSeconds > maxDays * 86_400)) {
    throw invalidParameter(
      `The lifetime of the token exceeds the maximum token lifetime of ${maxDays} days (${maxDays * 86_400} seconds) allowed for this workspace.`,
    );
  }
  return now + lifetimeSeconds * 1000;
}
