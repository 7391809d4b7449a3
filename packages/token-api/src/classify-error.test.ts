import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.js";
import { classifyError, classifyHttpError, neverReachedServer } from "./classify-error.js";

function fetchFailure(code: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`${code} happened`), { code }) });
}

describe("classifyHttpError (reference §6.3: error_code wins over status)", () => {
  it.each([
    [401, "UNAUTHENTICATED", "x", "unauthenticated"],
    [403, "PERMISSION_DENIED", "User does not have permission to use tokens.", "permissionDenied"],
    [400, "RESOURCE_DOES_NOT_EXIST", "Token does not exist", "notFound"],
    [404, "NOT_FOUND", "Token does not exist", "notFound"],
    [404, "ENDPOINT_NOT_FOUND", "No API found for 'GET /x'", "notFound"],
    [400, "QUOTA_EXCEEDED", "quota", "quotaExceeded"],
    [400, "REQUEST_LIMIT_EXCEEDED", "RPC token bucket limit has been exceeded", "rateLimited"],
    [429, "RESOURCE_EXHAUSTED", "slow down", "rateLimited"],
    [429, "TOO_MANY_REQUESTS", "slow down", "rateLimited"],
    [500, "TEMPORARILY_UNAVAILABLE", "Authentication is temporarily unavailable.", "unavailable"],
    [503, "TEMPORARILY_UNAVAILABLE", "x", "unavailable"],
    [409, "RESOURCE_ALREADY_EXISTS", "x", "conflict"],
    [400, "INVALID_PARAMETER_VALUE", "requirement failed: Invalid timeout: 0", "badRequest"],
    [500, "INTERNAL_ERROR", "boom", "serverError"],
    [502, "HTTP_502", "Bad Gateway", "serverError"],
    [504, "DEADLINE_EXCEEDED", "x", "serverError"],
  ] as const)("%i %s → %s", (status, code, message, expected) => {
    expect(classifyHttpError(status, code, message)).toBe(expected);
  });

  it("reads a rejected credential as unauthenticated even on 403 or 400 (the SDKs say PermissionDenied)", () => {
    expect(classifyHttpError(403, "PERMISSION_DENIED", "Invalid access token.")).toBe("unauthenticated");
    expect(classifyHttpError(403, "PERMISSION_DENIED", "JWT has expired")).toBe("unauthenticated");
    expect(classifyHttpError(400, "BAD_REQUEST", "Invalid Token")).toBe("unauthenticated");
  });

  it("reads an IP access list refusal as ipBlocked and a missing scope as scopeMissing, not as a bad token", () => {
    expect(
      classifyHttpError(
        403,
        "PERMISSION_DENIED",
        "Source IP address: 75.125.237.108 is blocked by Databricks IP ACL for workspace: 7474646471015793 [ReqId: d326a0e7-36b8-4972-85c0-f75a17f7d175]",
      ),
    ).toBe("ipBlocked");
    expect(classifyHttpError(403, "PERMISSION_DENIED", "Provided access token does not have required scopes: sql")).toBe("scopeMissing");
    expect(classifyHttpError(403, "PERMISSION_DENIED", "Provided OAuth token does not have required scopes: genie [ReqId: ab357ea5-1]")).toBe("scopeMissing");
    expect(classifyHttpError(400, "BAD_REQUEST", "Provided access token does not have required scopes: sql")).toBe("badRequest");
  });
});

describe("classifyError (fetch failures by cause.code, aborts by name)", () => {
  it.each([
    ["ECONNREFUSED", "network"],
    ["ECONNRESET", "network"],
    ["ENOTFOUND", "network"],
    ["EAI_AGAIN", "network"],
    ["UND_ERR_SOCKET", "network"],
    ["CERT_HAS_EXPIRED", "tls"],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "tls"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "tls"],
    ["SELF_SIGNED_CERT_IN_CHAIN", "tls"],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "tls"],
    ["ETIMEDOUT", "timeout"],
    ["UND_ERR_CONNECT_TIMEOUT", "timeout"],
  ] as const)("%s → %s", (code, expected) => {
    expect(classifyError(fetchFailure(code))).toBe(expected);
  });

  it("reads abort reasons by name", () => {
    expect(classifyError(Object.assign(new Error("t"), { name: "TimeoutError" }))).toBe("timeout");
    expect(classifyError(new TypeError("fetch failed", { cause: Object.assign(new Error("a"), { name: "AbortError" }) }))).toBe("aborted");
  });

  it("keeps an ApiError's own class and says nothing about unrelated errors", () => {
    const apiError = new ApiError({ classification: "loginPage", errorCode: "LOGIN_PAGE", message: "m", method: "GET", path: "/" });
    expect(classifyError(apiError)).toBe("loginPage");
    expect(classifyError(new RangeError("a bug"))).toBeUndefined();
    expect(classifyError("a string")).toBeUndefined();
    expect(classifyError(new TypeError("fetch failed"))).toBe("network");
    expect(classifyError(Object.assign(new TypeError("bad arg"), { code: "ERR_INVALID_ARG_TYPE" }))).toBeUndefined();
  });

  it("survives a cause cycle", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(classifyError(a)).toBeUndefined();
  });
});

describe("neverReachedServer", () => {
  it("is true only when no connection was made", () => {
    expect(neverReachedServer(fetchFailure("ECONNREFUSED"))).toBe(true);
    expect(neverReachedServer(fetchFailure("ENOTFOUND"))).toBe(true);
    expect(neverReachedServer(fetchFailure("ECONNRESET"))).toBe(false);
    expect(neverReachedServer(fetchFailure("UND_ERR_SOCKET"))).toBe(false);
    const refused = new ApiError({ classification: "network", errorCode: "ECONNREFUSED", message: "m", method: "POST", path: "/" });
    const answered = new ApiError({ classification: "badRequest", status: 400, errorCode: "ECONNREFUSED", message: "m", method: "POST", path: "/" });
    expect(neverReachedServer(refused)).toBe(true);
    expect(neverReachedServer(answered)).toBe(false);
  });
});
