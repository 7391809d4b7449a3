import { randomBytes } from "node:crypto";
import { toTokenId } from "./token-value.js";

/** Who an OAuth access token was issued by: the workspace's own OIDC server, or the Entra ID authority. */
export type AccessTokenIssuer = "databricks-oidc" | "entra-id";

/** What the emulator remembers about an issued OAuth access token; the value itself is never stored. */
export interface AccessTokenRecord {
  readonly principalId: number;
  readonly issuer: AccessTokenIssuer;
  /** Entra ID: the `resource` / `.default` scope's resource; Databricks OIDC: the workspace. */
  readonly audience: string;
  /** Granted scopes (Databricks OIDC), e.g. `["all-apis"]`; Entra ID tokens carry none. */
  readonly scopes: readonly string[];
  /** Epoch ms (emulator clock). */
  readonly expiryTime: number;
}

/** JWT-shaped claims of a minted access token; the signature part is random, so the token cannot be guessed. */
export type AccessTokenClaims = Record<string, string | number>;

/** OAuth access tokens issued by `/oidc/v1/token` and the Entra ID authority, keyed by SHA-256. */
export class AccessTokenStore {
  readonly #tokens = new Map<string, AccessTokenRecord>();

  /** Mints a JWT-shaped token (`header.claims.random`), remembers its hash, and returns the value. */
  issue(record: AccessTokenRecord, claims: AccessTokenClaims): string {
    const value = [base64Url({ alg: "RS256", typ: "JWT" }), base64Url(claims), randomBytes(32).toString("base64url")].join(".");
    this.#tokens.set(toTokenId(value), record);
    return value;
  }

  /** The record of an unexpired token with this value, if any. */
  findValid(value: string, now: number): AccessTokenRecord | undefined {
    const key = toTokenId(value);
    const record = this.#tokens.get(key);
    if (record === undefined) return undefined;
    if (now >= record.expiryTime) {
      this.#tokens.delete(key);
      return undefined;
    }
    return record;
  }
}

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}
