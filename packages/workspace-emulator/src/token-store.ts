/** What the emulator remembers about a token. The value itself is never stored, only its id. */
export interface TokenRecord {
  readonly tokenId: string;
  readonly ownerId: number;
  readonly createdById: number;
  comment: string | undefined;
  /** API scopes the token is limited to; `undefined` for an unscoped token. */
  scopes: readonly string[] | undefined;
  /** Autoscoping on: the workspace applies `all-apis` while it observes the token's use. */
  readonly autoscopeEnabled?: boolean;
  readonly creationTime: number;
  /** Epoch ms, or -1 for no expiry. */
  readonly expiryTime: number;
  lastUsedTime: number | undefined;
}

/** Tokens unused (or, if never used, created) longer than this are revoked automatically. */
export const INACTIVE_TOKEN_REVOCATION_MS = 90 * 24 * 60 * 60 * 1000;

/** The workspace's tokens, keyed by token id. */
export class TokenStore {
  readonly #tokens = new Map<string, TokenRecord>();

  add(record: TokenRecord): void {
    this.#tokens.set(record.tokenId, record);
  }

  remove(tokenId: string): boolean {
    return this.#tokens.delete(tokenId);
  }

  /** A token that exists and has not expired at `now`. */
  findValid(tokenId: string, now: number): TokenRecord | undefined {
    const record = this.#tokens.get(tokenId);
    return record !== undefined && !isExpired(record, now) ? record : undefined;
  }

  /** Every valid (unexpired) token, oldest first. */
  listValid(now: number): TokenRecord[] {
    return [...this.#tokens.values()].filter((record) => !isExpired(record, now)).sort((a, b) => a.creationTime - b.creationTime);
  }

  countValidOwnedBy(ownerId: number, now: number): number {
    return this.listValid(now).filter((record) => record.ownerId === ownerId).length;
  }

  /**
   * Revokes every token idle for more than 90 days and forgets expired ones (they can never be
   * listed or used again, and keeping them would make every request slower); returns how many went.
   */
  sweep(now: number): number {
    let revoked = 0;
    for (const record of this.#tokens.values()) {
      if (isExpired(record, now) || now - (record.lastUsedTime ?? record.creationTime) > INACTIVE_TOKEN_REVOCATION_MS) {
        this.#tokens.delete(record.tokenId);
        revoked++;
      }
    }
    return revoked;
  }
}

function isExpired(record: TokenRecord, now: number): boolean {
  return record.expiryTime !== -1 && now >= record.expiryTime;
}
