import { tokenDoesNotExist } from "./api-failure.js";
import type { TokenRecord } from "./token-store.js";
import type { WorkspaceState } from "./workspace-state.js";

/**
 * The valid (unexpired, unrevoked) token `tokenId` that `isVisible` lets the caller see (every
 * one by default), else the Token API's 404 RESOURCE_DOES_NOT_EXIST, which it gives alike for an
 * unknown id, an expired token and another user's token.
 */
export function existingToken(state: WorkspaceState, tokenId: string, isVisible: (record: TokenRecord) => boolean = () => true): TokenRecord {
  const record = state.tokens.findValid(tokenId, state.clock.now());
  if (record === undefined || !isVisible(record)) throw tokenDoesNotExist(tokenId);
  return record;
}
