/**
 * What went wrong with a Token API call, in words a person (or `dbcfg doctor`) can act on.
 * HTTP statuses and Databricks error codes map onto these; transport failures get their own.
 */
export type ApiErrorClass =
  | "unauthenticated"
  | "permissionDenied"
  | "notFound"
  | "quotaExceeded"
  | "rateLimited"
  | "unavailable"
  | "badRequest"
  | "conflict"
  | "serverError"
  | "network"
  | "tls"
  | "timeout"
  | "aborted"
  | "invalidResponse"
  | "loginPage"
  | "ipBlocked"
  | "scopeMissing";

/** Every classification, in a stable order (for docs, exhaustive tests and CLI explanations). */
export const API_ERROR_CLASSES: readonly ApiErrorClass[] = [
  "unauthenticated",
  "permissionDenied",
  "notFound",
  "quotaExceeded",
  "rateLimited",
  "unavailable",
  "badRequest",
  "conflict",
  "serverError",
  "network",
  "tls",
  "timeout",
  "aborted",
  "invalidResponse",
  "loginPage",
  "ipBlocked",
  "scopeMissing",
];

/** The facts an {@link ApiError} is built from; every string in it is already redacted. */
export interface ApiErrorInit {
  classification: ApiErrorClass;
  message: string;
  /** HTTP status, or `undefined` when no response arrived (network, TLS, timeout). */
  status?: number;
  /** Databricks `error_code`, a status-derived code when the body had none, or the system error code (`ECONNREFUSED`). */
  errorCode: string;
  requestId?: string;
  method: string;
  /** Path and query of the request (the host is in the client). */
  path: string;
  /** How many attempts were made before this error was thrown. */
  attempts?: number;
  /** The server's `Retry-After` (or `RetryInfo`) hint, in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The one error every Token API call throws. `classification` says what kind of failure it is
 * (so callers branch on it, not on statuses), `errorCode`/`status`/`requestId` carry what the
 * server said, and nothing in it holds a secret: messages are redacted before they get here.
 */
export class ApiError extends Error {
  /** Stable code of this error class. */
  readonly code = "API_ERROR";
  readonly classification: ApiErrorClass;
  readonly status: number | undefined;
  readonly errorCode: string;
  readonly requestId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "ApiError";
    this.classification = init.classification;
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
    this.attempts = init.attempts ?? 1;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** A copy that records how many attempts the call took. */
  withAttempts(attempts: number): ApiError {
    const copy = new ApiError({ ...this.toInit(), attempts });
    copy.stack = this.stack;
    return copy;
  }

  private toInit(): ApiErrorInit {
    return {
      classification: this.classification,
      message: this.message,
      status: this.status,
      errorCode: this.errorCode,
      requestId: this.requestId,
      method: this.method,
      path: this.path,
      attempts: this.attempts,
      retryAfterMs: this.retryAfterMs,
      cause: this.cause,
    };
  }
}

/** Thrown before any request is made when an argument or option is unusable. */
export class TokenApiArgumentError extends Error {
  /** Stable code of this error class. */
  readonly code = "INVALID_ARGUMENT";

  constructor(message: string) {
    super(message);
    this.name = "TokenApiArgumentError";
  }
}
