import { createHash } from "node:crypto";

/**
 * Domain separation: Databricks token ids are the plain SHA-256 of the token (see the Token API's
 * `token_id`), so an unprefixed hash would publish the id of every leaked token.
 */
const TOKEN_PREFIX = "dbcfg-scan/v1/token\0";
const PLACE_PREFIX = "dbcfg-scan/v1/place\0";

/** A stable id of a token that reveals nothing about it: SHA-256 of a fixed prefix and the token. */
export function fingerprintToken(token: string): string {
  return createHash("sha256")
    .update(TOKEN_PREFIX + token, "utf8")
    .digest("hex");
}

/** For a reported token that could not be recovered from the source: an id of where it was reported. */
export function fingerprintPlace(file: string, line: number, column: number, redacted: string): string {
  return createHash("sha256").update(`${PLACE_PREFIX}${file}\0${line}\0${column}\0${redacted}`, "utf8").digest("hex");
}
