import { describe, expect, it } from "vitest";
import { API_ERROR_CLASSES, ApiError, type ApiErrorClass } from "./api-error.js";
import { isRetryable, parseRetryAfter, resolveRetryPolicy, retryDelayMs } from "./retry-policy.js";

function error(classification: ApiErrorClass, errorCode = "X", status?: number): ApiError {
  return new ApiError({ classification, errorCode, status, message: "m", method: "GET", path: "/" });
}

describe("isRetryable", () => {
  it("retries idempotent calls on rate limits, unavailability and network errors only", () => {
    const retried = ["rateLimited", "unavailable", "network"];
    for (const c of API_ERROR_CLASSES) {
      expect(isRetryable(error(c, "ECONNRESET"), "idempotent"), c).toBe(retried.includes(c));
    }
  });

  it("does not retry network failures that will not change (unknown host, blocked port)", () => {
    expect(isRetryable(error("network", "ENOTFOUND"), "idempotent")).toBe(false);
    expect(isRetryable(error("network", "FETCH_FAILED"), "idempotent")).toBe(false);
    expect(isRetryable(error("network", "EAI_AGAIN"), "idempotent")).toBe(true);
  });

  it("retries a create only when it was rate limited or never reached the server", () => {
    expect(isRetryable(error("rateLimited", "TOO_MANY_REQUESTS", 429), "create")).toBe(true);
    expect(isRetryable(error("network", "ECONNREFUSED"), "create")).toBe(true);
    expect(isRetryable(error("network", "EAI_AGAIN"), "create")).toBe(true);
    expect(isRetryable(error("network", "ENOTFOUND"), "create")).toBe(false);
    expect(isRetryable(error("network", "ECONNRESET"), "create")).toBe(false);
    expect(isRetryable(error("unavailable", "TEMPORARILY_UNAVAILABLE", 503), "create")).toBe(false);
    expect(isRetryable(error("timeout", "TIMEOUT"), "create")).toBe(false);
  });
});

describe("retryDelayMs", () => {
  const policy = (random: number) => resolveRetryPolicy({ baseDelayMs: 1000, maxDelayMs: 10_000, random: () => random });

  it("backs off exponentially with equal jitter, capped at maxDelayMs", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, undefined, policy(0)))).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, undefined, policy(0.999999)))).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });

  it("waits at least Retry-After, plus up to baseDelayMs of jitter", () => {
    expect(retryDelayMs(1, 2000, policy(0))).toBe(2000);
    expect(retryDelayMs(1, 2000, policy(0.5))).toBe(2500);
    expect(retryDelayMs(3, 30_000, policy(0))).toBe(30_000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 2026 12:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 11:00:00 GMT", now)).toBe(0);
  });
  it("ignores absent and unreadable values", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});

describe("resolveRetryPolicy", () => {
  it("defaults like the SDKs: 300 s deadline, 1 s base, 10 s cap", () => {
    const p = resolveRetryPolicy();
    expect([p.maxAttempts, p.deadlineMs, p.baseDelayMs, p.maxDelayMs]).toEqual([5, 300_000, 1000, 10_000]);
  });
  it("rejects meaningless values with the option's name", () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(/retry\.maxAttempts must be an integer ≥ 1, got 0/);
    expect(() => resolveRetryPolicy({ deadlineMs: -5 })).toThrow(/retry\.deadlineMs/);
    expect(() => resolveRetryPolicy({ maxDelayMs: Number.NaN })).toThrow(/retry\.maxDelayMs/);
  });
});
