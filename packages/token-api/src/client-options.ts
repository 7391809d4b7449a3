import { redactSecrets } from "@dbcfg/pat";
import { TokenApiArgumentError } from "./api-error.js";
import { isLoopbackUrl } from "@dbcfg/pat";
import type { Credentials } from "./auth/credentials.js";
import type { DebugOptions } from "./debug-log.js";
import type { RetryOptions } from "./retry-policy.js";

/** Options of {@link createTokenClient}. */
export interface TokenClientOptions {
  /** Workspace URL (`https://adb-123.4.azuredatabricks.net`); a bare host name gets `https://`. Path and query are dropped. */
  host: string;
  /** A bearer credential (a PAT, or any bearer token the workspace accepts); surrounding whitespace is trimmed. Same as `credentials: {authType: "pat", token}`. */
  token?: string;
  /** How to authenticate, when not with `token`: a PAT, OAuth M2M (a service principal's client secret) or an Entra ID client secret. */
  credentials?: Credentials;
  /** The fetch to use (default: the global one). Inject one to trust a custom CA or route through a proxy. */
  fetch?: typeof fetch;
  /** Time limit of each attempt, covering connect, headers and body (default 60 000 ms, like the SDKs). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Extra `key/value` pairs for the User-Agent, e.g. `"cmd/doctor"`. */
  userAgent?: string;
  /** Debug log of every round trip, with every secret redacted. Off by default. */
  debug?: DebugOptions;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call (all attempts and waits). */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt `timeoutMs` for this call. */
  timeoutMs?: number;
}

/** Per-attempt timeout: 60 s, the SDKs' `http_timeout_seconds`. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The workspace origin from what users paste: `adb-1.2.azuredatabricks.net`,
 * `https://host/`, `https://host/?o=123#workspace` all give `https://host`.
 */
export function normalizeHost(host: string): string {
  const trimmed = typeof host === "string" ? host.trim() : "";
  if (trimmed === "") throw new TokenApiArgumentError("host is required: the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net");
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new TokenApiArgumentError(`host "${redactSecrets(trimmed)}" is not a valid URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TokenApiArgumentError(`host "${redactSecrets(trimmed)}" must use https:// (or http:// for a local emulator), not ${url.protocol}`);
  }
  if (url.protocol === "http:" && !isLoopbackUrl(url.href)) {
    throw new TokenApiArgumentError(
      `host "${redactSecrets(url.origin)}" uses plain http://, which would send the token unencrypted: write https://${url.host} ` +
        `(http:// is accepted only for a loopback address written as such: localhost, 127.x.x.x or [::1])`,
    );
  }
  return url.origin;
}

/** The credential, trimmed; rejects an empty one without ever echoing it. */
export function normalizeToken(token: string | undefined): string {
  const trimmed = typeof token === "string" ? token.trim() : "";
  if (trimmed === "") throw new TokenApiArgumentError("token is required: a personal access token (dapi…) or another bearer token");
  if (/[\r\n\s]/.test(trimmed)) throw new TokenApiArgumentError("token contains whitespace inside it; paste it again as one line");
  return trimmed;
}

/** The longest delay a Node timer keeps (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** A timeout in ms, or a clear error naming the option. */
export function checkTimeout(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    throw new TokenApiArgumentError(`${name} must be a positive number of milliseconds up to ${MAX_TIMEOUT_MS}, got ${String(value)}`);
  }
  return value;
}
