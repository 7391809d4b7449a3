import type { z } from "zod";
import { ApiError } from "./api-error.js";
import { checkTimeout, DEFAULT_TIMEOUT_MS, type CallOptions } from "./client-options.js";
import { formatRoundTrip, type DebugOptions } from "./debug-log.js";
import { readResponse } from "./read-response.js";
import type { RawResponse } from "./raw-response.js";
import { isRetryable, retryDelayMs, type RetryMode, type RetryPolicy } from "./retry-policy.js";
import type { SecretMasker } from "./secret-masker.js";
import { sendAttempt } from "./send-attempt.js";

export interface TransportConfig {
  host: string;
  /** The bearer token for the next attempt (a PAT, or a cached OAuth access token). */
  bearer: (signal?: AbortSignal) => string | Promise<string>;
  fetch: typeof fetch;
  timeoutMs?: number;
  userAgent: string;
  retry: RetryPolicy;
  debug?: DebugOptions;
  mask: SecretMasker;
}

/** One API call: what to send, how to read the answer, and whether repeating it is safe. */
export interface RequestSpec<T> {
  method: "GET" | "POST" | "DELETE" | "PATCH";
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  schema: z.ZodType<T>;
  retryMode: RetryMode;
  options?: CallOptions;
}

/** Sends requests for one workspace and credential, with timeouts, retries and redacted logs. */
export interface Transport {
  request<T>(spec: RequestSpec<T>): Promise<T>;
}

/**
 * The credential lives only in this closure: it is not a property of any object a caller can
 * reach, enumerate or inspect.
 */
export function createTransport(config: TransportConfig): Transport {
  const clientTimeout = checkTimeout("timeoutMs", config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const { retry, mask } = config;

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const timeoutMs = spec.options?.timeoutMs === undefined ? clientTimeout : checkTimeout("timeoutMs", spec.options.timeoutMs);
    const pathWithQuery = spec.path + queryString(spec.query);
    const headers: Record<string, string> = {
      Accept: "application/json",
      "User-Agent": config.userAgent,
      Authorization: "",
    };
    if (spec.body !== undefined) headers["Content-Type"] = "application/json";
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const signal = spec.options?.signal;
    const start = retry.now();
    const log = (outcome: { raw?: RawResponse; failure?: string }): void => {
      if (!config.debug) return;
      const trip = {
        method: spec.method,
        path: pathWithQuery,
        requestHeaders: headers,
        requestBody: spec.body,
        status: outcome.raw?.status,
        statusText: outcome.raw?.statusText,
        responseHeaders: outcome.raw?.headers,
        responseText: outcome.raw?.text,
        failure: outcome.failure,
      };
      config.debug.log(formatRoundTrip(trip, config.debug, mask));
    };

    for (let attempt = 1; ; attempt++) {
      const remaining = retry.deadlineMs - (retry.now() - start);
      let raw: RawResponse | undefined;
      try {
        // A PAT is returned synchronously, so a PAT request starts in the same tick as before.
        const bearer = config.bearer(signal);
        headers.Authorization = `Bearer ${typeof bearer === "string" ? bearer : await bearer}`;
        raw = await sendAttempt({
          fetch: config.fetch,
          url: config.host + pathWithQuery,
          method: spec.method,
          path: pathWithQuery,
          headers,
          body,
          timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)),
          signal,
          mask,
        });
        log({ raw });
        return readResponse(raw, spec.schema, { method: spec.method, path: pathWithQuery, nowMs: retry.now(), mask });
      } catch (caught) {
        if (!(caught instanceof ApiError)) throw caught;
        if (raw === undefined) log({ failure: `${caught.classification}: ${caught.message}` });
        const error = caught.withAttempts(attempt);
        if (!isRetryable(error, spec.retryMode) || attempt >= retry.maxAttempts) throw error;
        const delay = retryDelayMs(attempt, error.retryAfterMs, retry);
        if (retry.now() - start + delay > retry.deadlineMs) throw error;
        config.debug?.log(
          mask(
            `retry: ${spec.method} ${pathWithQuery} attempt ${attempt + 1} of ${retry.maxAttempts} in ${delay} ms (${error.classification}, ${error.errorCode})`,
          ),
        );
        await sleepOrAbort(delay, signal, spec.method, pathWithQuery, attempt);
      }
    }
  }

  async function sleepOrAbort(ms: number, signal: AbortSignal | undefined, method: string, path: string, attempts: number): Promise<void> {
    try {
      await retry.sleep(ms, signal);
    } catch (reason) {
      throw new ApiError({
        classification: "aborted",
        errorCode: "ABORTED",
        message: "the caller aborted the request while it waited to retry",
        method,
        path,
        attempts,
        cause: reason,
      });
    }
  }

  return { request };
}

function queryString(query: Record<string, string | undefined> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
