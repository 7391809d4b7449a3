import { TokenApiArgumentError, type ApiError } from "./api-error.js";
import { isTransientNetworkError, neverReachedServer } from "./classify-error.js";

/** How calls are retried. Every field is optional; the clock, sleep and randomness are injectable for tests. */
export interface RetryOptions {
  /** Attempts per call, the first included (default 5; 1 turns retries off). */
  maxAttempts?: number;
  /** Total time budget of a call across all attempts and waits (default 300 000 ms, like the SDKs). */
  deadlineMs?: number;
  /** First backoff step; also the span of the jitter added to a `Retry-After` wait (default 1000 ms). */
  baseDelayMs?: number;
  /** Longest backoff step when the server gave no `Retry-After` (default 10 000 ms). */
  maxDelayMs?: number;
  /** Waits `ms`; rejects when `signal` aborts. Default: a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Current time in epoch ms. Default: `Date.now`. */
  now?: () => number;
  /** A number in [0, 1). Default: `Math.random`. */
  random?: () => number;
}

export type RetryPolicy = Required<RetryOptions>;

/**
 * `idempotent`: retry on rate limits, 503/unavailable and connection errors. `create`: a call
 * that mints a secret; retried only when the server provably did not act on it (the connection
 * was never made, or it answered "rate limited"), because repeating a create that did reach the
 * server can mint a second token nobody knows about.
 */
export type RetryMode = "idempotent" | "create";

/** Attempts per call when `retry.maxAttempts` is not given (the first included). */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Total budget of a call: 5 minutes, the Go and Python SDKs' `retry_timeout_seconds`. */
export const DEFAULT_RETRY_DEADLINE_MS = 300_000;
/** First backoff step and `Retry-After` jitter span (Python adds up to 1 s too). */
export const DEFAULT_BASE_DELAY_MS = 1_000;
/** Backoff cap without a server hint: the SDKs' 10 s. */
export const DEFAULT_MAX_DELAY_MS = 10_000;

/** Fills in defaults and rejects values that would make the loop meaningless. */
export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    deadlineMs: options.deadlineMs ?? DEFAULT_RETRY_DEADLINE_MS,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    sleep: options.sleep ?? sleepWithSignal,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new TokenApiArgumentError(`retry.maxAttempts must be an integer ≥ 1, got ${String(policy.maxAttempts)}`);
  }
  for (const key of ["deadlineMs", "baseDelayMs", "maxDelayMs"] as const) {
    if (!Number.isFinite(policy[key]) || policy[key] < 0) {
      throw new TokenApiArgumentError(`retry.${key} must be a finite number ≥ 0, got ${String(policy[key])}`);
    }
  }
  return policy;
}

/** Whether a failed attempt may be repeated under `mode` (see {@link RetryMode}). */
export function isRetryable(error: ApiError, mode: RetryMode): boolean {
  if (error.classification === "rateLimited") return true;
  if (error.classification === "network" && !isTransientNetworkError(error)) return false;
  if (mode === "create") return neverReachedServer(error);
  return error.classification === "network" || error.classification === "unavailable";
}

/**
 * The wait before attempt `failedAttempt + 1`. With a server hint: the hint plus up to
 * `baseDelayMs` of jitter, so a crowd of clients told "2 s" do not return in the same
 * millisecond. Without: exponential backoff capped at `maxDelayMs`, "equal jitter" (half fixed,
 * half random) so it never collapses to zero.
 */
export function retryDelayMs(failedAttempt: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
  const random = Math.min(Math.max(policy.random(), 0), 1);
  if (retryAfterMs !== undefined) return Math.round(retryAfterMs + random * policy.baseDelayMs);
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.round(step / 2 + (random * step) / 2);
}

/**
 * `Retry-After` in milliseconds: delta-seconds (`"2"`) or an HTTP date, measured from `nowMs`.
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function sleepWithSignal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
