import { ApiError, type ApiErrorClass } from "./api-error.js";
import { isIpAclDenial, isScopeDenial } from "./access-denial.js";

/**
 * Databricks `error_code`s that decide the class on their own, whatever the HTTP status
 * (reference §6.3: "error_code mapping wins over status mapping").
 */
const CLASS_BY_ERROR_CODE: Readonly<Record<string, ApiErrorClass>> = {
  UNAUTHENTICATED: "unauthenticated",
  PERMISSION_DENIED: "permissionDenied",
  PRIVATE_LINK_VALIDATION_ERROR: "permissionDenied",
  RESOURCE_DOES_NOT_EXIST: "notFound",
  NOT_FOUND: "notFound",
  ENDPOINT_NOT_FOUND: "notFound",
  QUOTA_EXCEEDED: "quotaExceeded",
  RESOURCE_EXHAUSTED: "rateLimited",
  REQUEST_LIMIT_EXCEEDED: "rateLimited",
  TOO_MANY_REQUESTS: "rateLimited",
  TEMPORARILY_UNAVAILABLE: "unavailable",
  WORKSPACE_TEMPORARILY_UNAVAILABLE: "unavailable",
  ALREADY_EXISTS: "conflict",
  RESOURCE_ALREADY_EXISTS: "conflict",
  ABORTED: "conflict",
  RESOURCE_CONFLICT: "conflict",
};

/**
 * Messages that mean the credential itself was rejected. Databricks sends them with 403 (and
 * `/scim/v2/Me` with a plain-text 400), which the SDKs call PermissionDenied; for a person fixing
 * their set-up "your token is not accepted" is the useful reading.
 */
const REJECTED_CREDENTIAL = /invalid access token|invalid token|jwt has expired|token (?:is )?expired|credential was not sent/i;

/**
 * The class of an HTTP error response: a 403 refused for the caller's network (IP access list)
 * or for a token's missing scope first, since neither means the token is bad; then a
 * rejected-credential message (bodies with a numeric `error_code` carry nothing else), then the
 * error code, then the status.
 */
export function classifyHttpError(status: number, errorCode: string, message: string): ApiErrorClass {
  if (status === 403 && isIpAclDenial(message)) return "ipBlocked";
  if (status === 403 && isScopeDenial(message)) return "scopeMissing";
  if ((status === 400 || status === 401 || status === 403) && REJECTED_CREDENTIAL.test(message)) return "unauthenticated";
  const byCode = CLASS_BY_ERROR_CODE[errorCode];
  if (byCode) return byCode;
  if (status === 401) return "unauthenticated";
  if (status === 403) return "permissionDenied";
  if (status === 404) return "notFound";
  if (status === 409) return "conflict";
  if (status === 429) return "rateLimited";
  if (status === 503) return "unavailable";
  if (status >= 500) return "serverError";
  return "badRequest";
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETDOWN",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);
const TIMEOUT_CODES = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);
const TLS_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "HOSTNAME_MISMATCH",
  "EPROTO",
]);
/** Network failures that may well not happen again on the next attempt. */
const TRANSIENT_NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "EAI_AGAIN", "ECONNABORTED", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);
/** Failures where the connection was never made, so the request provably never reached a server. */
const NEVER_CONNECTED_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "ENETDOWN"]);

/** The first system error code (`ECONNREFUSED`, `CERT_HAS_EXPIRED`, …) in an error's `cause` chain. */
export function findErrorCode(error: unknown): string | undefined {
  for (const link of causeChain(error)) {
    const code = (link as { code?: unknown }).code;
    if (typeof code === "string" && code.length > 0 && code !== "API_ERROR") return code;
  }
  return undefined;
}

/**
 * Classifies any failure of a call: an {@link ApiError} keeps its class; a `fetch` rejection is
 * read from its `cause.code` (Node's fetch wraps the socket error: `TypeError: fetch failed`,
 * `cause: {code: "ECONNREFUSED"}`), and abort reasons by name (`TimeoutError`, `AbortError`).
 * Returns `undefined` for errors that are not about talking to a workspace (bugs). Exported for
 * `dbcfg doctor`, which explains failures by class.
 */
export function classifyError(error: unknown): ApiErrorClass | undefined {
  if (error instanceof ApiError) return error.classification;
  const code = findErrorCode(error);
  if (code !== undefined) {
    if (TLS_CODES.has(code) || code.startsWith("ERR_TLS_") || code.startsWith("CERT_") || code.startsWith("ERR_SSL_")) return "tls";
    if (TIMEOUT_CODES.has(code)) return "timeout";
    if (NETWORK_CODES.has(code)) return "network";
  }
  for (const link of causeChain(error)) {
    const name = (link as { name?: unknown }).name;
    if (name === "TimeoutError") return "timeout";
    if (name === "AbortError") return "aborted";
  }
  return error instanceof TypeError && error.message === "fetch failed" ? "network" : undefined;
}

/** True when the failure happened before a connection existed, so no server saw the request. */
export function neverReachedServer(error: unknown): boolean {
  const code = transportCode(error);
  return code !== undefined && NEVER_CONNECTED_CODES.has(code);
}

/** True for connection failures worth another attempt (reset, refused, DNS blip), false for an unknown host or a blocked port. */
export function isTransientNetworkError(error: unknown): boolean {
  const code = transportCode(error);
  return code !== undefined && TRANSIENT_NETWORK_CODES.has(code);
}

/** The system error code of a failure that got no HTTP response (an answered request has none). */
function transportCode(error: unknown): string | undefined {
  if (error instanceof ApiError) return error.status === undefined ? error.errorCode : undefined;
  return findErrorCode(error);
}

/** The deepest message of an error's `cause` chain (Node's fetch says only "fetch failed" on top). */
export function innermostMessage(error: unknown): string {
  let message = "unknown error";
  for (const link of causeChain(error)) {
    const text = (link as { message?: unknown }).message;
    if (typeof text === "string" && text.length > 0) message = text;
  }
  return message;
}

function* causeChain(error: unknown): Generator<object> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}
