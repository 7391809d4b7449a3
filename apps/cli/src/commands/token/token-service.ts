import type { Credentials } from "@dbcfg/token-api";

/** One of the caller's tokens as the token commands show it (no secret in it). */
export interface TokenSummary {
  tokenId: string;
  creationTime: number;
  /** `-1` when the token never expires. */
  expiryTime: number;
  comment?: string;
  /** API scopes; absent for an unscoped token (every API its owner may call). */
  scopes?: string[];
}

/** A newly created token: `tokenValue` is the secret, shown once. */
export interface NewToken {
  tokenValue: string;
  tokenInfo: TokenSummary;
}

/**
 * The Token API as the token commands use it, authenticated with one credential. The production
 * implementation wraps `@dbcfg/token-api` (see `open-token-service.ts`); keeping the commands on
 * this small surface lets the rotation logic be tested step by step.
 */
export interface TokenService {
  create(request: { comment?: string; lifetimeSeconds?: number; scopes?: string[] }): Promise<NewToken>;
  list(): Promise<TokenSummary[]>;
  revoke(tokenId: string): Promise<void>;
  /** Token management (admins): a token for the service principal `applicationId`, owned by it. */
  createOnBehalfOf(request: { applicationId: string; comment?: string; lifetimeSeconds?: number; scopes?: string[] }): Promise<NewToken>;
  /** SCIM `Me`: who the token authenticates as. `signal` bounds the whole call, retries included. */
  me(options?: { signal?: AbortSignal }): Promise<{ userName: string }>;
}

/** Opens a `TokenService` on `host` authenticated with a PAT (a string) or other credentials. */
export type OpenTokenService = (host: string, auth: string | Credentials) => Promise<TokenService>;
