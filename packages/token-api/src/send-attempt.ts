import { ApiError } from "./api-error.js";
import { classifyError, findErrorCode, innermostMessage } from "./classify-error.js";
import type { RawResponse } from "./raw-response.js";
import { readCappedBody } from "./read-capped-body.js";
import type { SecretMasker } from "./secret-masker.js";

export interface Attempt {
  fetch: typeof fetch;
  url: string;
  method: string;
  /** Path and query, for errors and logs. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  mask: SecretMasker;
}

/**
 * One HTTP exchange under a timeout that covers connecting, headers and the whole body. Redirects
 * are not followed: a JSON API that redirects is sending us to a login page, and following would
 * carry the request somewhere else. Transport failures become an {@link ApiError} classified as
 * `network`, `tls`, `timeout` or `aborted`.
 */
export async function sendAttempt(attempt: Attempt): Promise<RawResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, attempt.timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  if (attempt.signal?.aborted) controller.abort();
  attempt.signal?.addEventListener("abort", onCallerAbort, { once: true });
  try {
    const response = await attempt.fetch(attempt.url, {
      method: attempt.method,
      headers: attempt.headers,
      body: attempt.body,
      redirect: "manual",
      signal: controller.signal,
    });
    const text = await readCappedBody(response, attempt);
    return { status: response.status, statusText: response.statusText, headers: response.headers, text, url: response.url };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw transportError(error, attempt, timedOut);
  } finally {
    clearTimeout(timer);
    attempt.signal?.removeEventListener("abort", onCallerAbort);
  }
}

function transportError(error: unknown, attempt: Attempt, timedOut: boolean): ApiError {
  const base = { method: attempt.method, path: attempt.path, cause: error };
  if (timedOut) {
    return new ApiError({ ...base, classification: "timeout", errorCode: "TIMEOUT", message: `no complete response within ${attempt.timeoutMs} ms` });
  }
  if (attempt.signal?.aborted) {
    const reason: unknown = attempt.signal.reason;
    const isTimeout = (reason as { name?: unknown } | undefined)?.name === "TimeoutError";
    return new ApiError({
      ...base,
      classification: isTimeout ? "timeout" : "aborted",
      errorCode: isTimeout ? "TIMEOUT" : "ABORTED",
      message: isTimeout ? "the caller's signal timed out" : "the caller aborted the request",
      cause: reason,
    });
  }
  const classification = classifyError(error) ?? "network";
  const code = findErrorCode(error) ?? "FETCH_FAILED";
  return new ApiError({ ...base, classification, errorCode: code, message: attempt.mask(describeTransportFailure(classification, code, error)) });
}

const HINTS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused: nothing is listening at that host and port",
  ECONNRESET: "the connection was reset before a complete response arrived",
  UND_ERR_SOCKET: "the server closed the connection before a complete response arrived",
  ENOTFOUND: "the host name does not resolve (DNS): check the host",
  EAI_AGAIN: "DNS lookup failed temporarily",
};

function describeTransportFailure(classification: string, code: string, error: unknown): string {
  const detail = innermostMessage(error);
  if (classification === "tls") return `TLS certificate verification failed (${code}): ${detail}`;
  if (classification === "timeout") return `the connection timed out (${code}): ${detail}`;
  return `${HINTS[code] ?? "the request failed before a response arrived"} (${code}): ${detail}`;
}
