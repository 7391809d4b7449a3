import { findPats, redact } from "@dbcfg/pat";
import type { Dialect } from "./types.js";

/** Stable identifiers of every way resolution can fail. */
export type ConfigErrorCode =
  | "config-file-unreadable"
  | "profile-not-found"
  | "reserved-profile-name"
  | "invalid-value"
  | "multiple-auth-methods"
  | "no-credentials"
  | "unknown-auth-type"
  | "auth-not-configured"
  | "auth-failed"
  | "no-host"
  | "invalid-host"
  | "host-metadata"
  | "unknown-attribute";

const TOKEN_SHAPE = /dapi[0-9a-fA-F]{32}(?:-\d)?/g;

/**
 * `message` with every PAT-shaped string masked (`dapi…1a2b`). The SDKs already print sensitive
 * attributes as `***`; this catches a token where they would print it verbatim (pasted into `host`
 * or `username`, quoted from a file line by a parser error) without touching any other text —
 * searching for known secret values instead would also hit innocent text such as the docs URL.
 */
export function maskSecrets(message: string): string {
  let out = message;
  for (const match of findPats(out).reverse()) {
    out = out.slice(0, match.index) + redact(match.token) + out.slice(match.index + match.length);
  }
  return out.replace(TOKEN_SHAPE, (token) => redact(token));
}

/**
 * A resolution failure. `message` is exactly the official SDK's text for the dialect (debug suffix
 * `. Config: … Env: …` included, secrets as `***`); a PAT an SDK would print verbatim is masked.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly code: ConfigErrorCode;
  readonly dialect: Dialect;

  constructor(code: ConfigErrorCode, message: string, dialect: Dialect) {
    super(maskSecrets(message));
    this.code = code;
    this.dialect = dialect;
  }
}
