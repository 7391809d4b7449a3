import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ERROR_CLASSES, type ApiError, type ApiErrorClass } from "../api-error.js";
import { classifyError } from "../classify-error.js";
import { createTokenClient } from "../create-token-client.js";
import { apiFailure, startTestWorkspace, type TestWorkspace } from "../test-support/index.js";
import { closedPort } from "../../../workspace-emulator/src/test-support/index.js";
import { fakePat } from "@dbcfg/pat/testing";

const LIST = "/api/2.0/token/list";
let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace();
});
afterAll(() => ws.close());

const seen = new Set<ApiErrorClass>();
function expectClass(error: ApiError, classification: ApiErrorClass): void {
  expect(error.classification).toBe(classification);
  expect(classifyError(error)).toBe(classification);
  seen.add(classification);
}

describe("every error class over real HTTP", () => {
  it("unauthenticated: an unknown token (403 numeric error_code) and a 401", async () => {
    const error = await apiFailure(ws.client({ token: fakePat() }).tokens.list());
    expect([error.status, error.errorCode, error.message]).toEqual([403, "PERMISSION_DENIED", "Invalid access token."]);
    expectClass(error, "unauthenticated");
    ws.emulator.faults.add({
      path: LIST,
      times: 1,
      status: 401,
      json: { error_code: 401, message: "Credential was not sent or was of an unsupported type for this API. [ReqId: abc-123]" },
    });
    const missing = await apiFailure(ws.client().tokens.list());
    expect([missing.status, missing.errorCode, missing.requestId]).toEqual([401, "UNAUTHENTICATED", expect.any(String)]);
    expectClass(missing, "unauthenticated");
  });

  it("permissionDenied: a non-admin calls token management", async () => {
    expectClass(await apiFailure(ws.client({ token: ws.userToken }).tokenManagement.list()), "permissionDenied");
  });

  it("notFound: an unknown token id, and an unknown endpoint", async () => {
    expectClass(await apiFailure(ws.client().tokenManagement.get("f".repeat(64))), "notFound");
    ws.emulator.faults.add({
      path: LIST,
      times: 1,
      status: 404,
      json: { error_code: "ENDPOINT_NOT_FOUND", message: "No API found for 'GET /api/2.0/token/list'" },
    });
    expectClass(await apiFailure(ws.client().tokens.list()), "notFound");
  });

  it("quotaExceeded: QUOTA_EXCEEDED on create", async () => {
    ws.emulator.faults.add({ path: "/api/2.0/token/create", times: 1, status: 400, json: { error_code: "QUOTA_EXCEEDED", message: "Token quota exceeded" } });
    expectClass(await apiFailure(ws.client().tokens.create()), "quotaExceeded");
  });

  it("rateLimited: 429 (retries exhausted)", async () => {
    ws.emulator.faults.add({ path: LIST, times: 2, status: 429 });
    const error = await apiFailure(ws.client({ retry: { maxAttempts: 2 } }).tokens.list());
    expect(error.attempts).toBe(2);
    expectClass(error, "rateLimited");
  });

  it("unavailable: 503 (retries exhausted)", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, status: 503 });
    expectClass(await apiFailure(ws.client({ retry: { maxAttempts: 1 } }).tokens.list()), "unavailable");
  });

  it("badRequest, conflict, serverError: 400, 409, 500", async () => {
    expectClass(await apiFailure(ws.client().tokens.create({ lifetimeSeconds: 10 ** 9 })), "badRequest");
    ws.emulator.faults.add({ path: LIST, times: 1, status: 409, json: { error_code: "RESOURCE_ALREADY_EXISTS", message: "exists" } });
    expectClass(await apiFailure(ws.client().tokens.list()), "conflict");
    ws.emulator.faults.add({ path: LIST, times: 1, status: 500 });
    expectClass(await apiFailure(ws.client().tokens.list()), "serverError");
  });

  it("network: connection refused (nothing listening) and connection reset", async () => {
    const refused = await apiFailure(
      createTokenClient({ host: `http://127.0.0.1:${await closedPort()}`, token: fakePat(), retry: { maxAttempts: 1 } }).tokens.list(),
    );
    expect([refused.errorCode, refused.status]).toEqual(["ECONNREFUSED", undefined]);
    expectClass(refused, "network");
    ws.emulator.faults.add({ path: LIST, times: 1, action: "reset" });
    const reset = await apiFailure(ws.client({ retry: { maxAttempts: 1 } }).tokens.list());
    expect(["ECONNRESET", "UND_ERR_SOCKET"]).toContain(reset.errorCode);
    expectClass(reset, "network");
  });

  it("timeout: the server never answers", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, action: "hang" });
    const error = await apiFailure(ws.client({ timeoutMs: 100 }).tokens.list());
    expect(error.errorCode).toBe("TIMEOUT");
    expectClass(error, "timeout");
  });

  it("timeout: the body stalls after the headers would have been sent (delay longer than the timeout)", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, delayMs: 2_000 });
    expectClass(await apiFailure(ws.client({ timeoutMs: 100 }).tokens.list()), "timeout");
  });

  it("aborted: the caller's signal", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, action: "hang" });
    const controller = new AbortController();
    const pending = apiFailure(ws.client().tokens.list({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expectClass(await pending, "aborted");
  });

  it("invalidResponse: malformed JSON and a 2xx body of the wrong shape", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, action: "malformed-json" });
    expectClass(await apiFailure(ws.client().tokens.list()), "invalidResponse");
    ws.emulator.faults.add({ path: LIST, times: 1, status: 200, json: { token_infos: "nope" } });
    const shape = await apiFailure(ws.client().tokens.list());
    expect(shape.errorCode).toBe("UNEXPECTED_SHAPE");
    expectClass(shape, "invalidResponse");
  });

  it("loginPage: a 200 HTML sign-in page", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, action: "login-page" });
    const error = await apiFailure(ws.client().tokens.list());
    expect(error.status).toBe(200);
    expectClass(error, "loginPage");
  });

  it("loginPage: a redirect to /login.html (Private Link), which is not followed", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, status: 302, headers: { Location: "/login.html?error=private-link-validation-error" } });
    const error = await apiFailure(ws.client().tokens.list());
    expect(error.status).toBe(302);
    expectClass(error, "loginPage");
    expect(ws.emulator.requests.at(-1)?.path).toBe(LIST);
  });

  it("invalidResponse: a redirect anywhere else", async () => {
    ws.emulator.faults.add({ path: LIST, times: 1, status: 307, headers: { Location: "https://elsewhere.example.com/api/2.0/token/list" } });
    const error = await apiFailure(ws.client().tokens.list());
    expect(error.errorCode).toBe("UNEXPECTED_REDIRECT");
    expectClass(error, "invalidResponse");
  });

  it("ipBlocked: the workspace's IP access list refuses the client address (checked before the token)", async () => {
    ws.emulator.setBlockedAddresses(["127.0.0.1"]);
    try {
      const error = await apiFailure(ws.client({ token: fakePat() }).currentUser.me());
      expect([error.status, error.message]).toEqual([403, "Source IP address: 127.0.0.1 is blocked by Databricks IP ACL for workspace: 5750939285643220"]);
      expectClass(error, "ipBlocked");
    } finally {
      ws.emulator.setBlockedAddresses([]);
    }
  });

  it("scopeMissing: a scoped token calls an API outside its scopes", async () => {
    const sqlOnly = ws.emulator.mintToken({ scopes: ["sql"] });
    const error = await apiFailure(ws.client({ token: sqlOnly }).tokens.list());
    expect([error.status, error.message]).toEqual([403, "Provided access token does not have required scopes: authentication"]);
    expectClass(error, "scopeMissing");
  });

  it("tls is covered in tls.test.ts; every other class was produced here", () => {
    expect(API_ERROR_CLASSES.filter((c) => !seen.has(c) && c !== "tls")).toEqual([]);
  });
});
