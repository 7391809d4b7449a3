import { createHash, randomBytes } from "node:crypto";

/** Mints a fresh random PAT: `dapi` + 32 lowercase hex characters. */
export function mintTokenValue(): string {
  return `dapi${randomBytes(16).toString("hex")}`;
}

/**
 * The token id is the SHA-256 hex of the value (as the Update API's docs describe it), so the
 * emulator never needs to keep a token value: it hashes the presented bearer and looks it up.
 */
export function toTokenId(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}
