import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTokenClient } from "../create-token-client.js";
import { apiFailure, startTestWorkspace, type TestWorkspace } from "../test-support/index.js";

const LIST = "/api/2.0/token/list";
const CREATE = "/api/2.0/token/create";
const ME = "/api/2.0/preview/scim/v2/Me";
let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace();
});
afterEach(() => {
  ws.emulator.faults.clear();
  ws.sleeps.length = 0;
});
afterAll(() => ws.close());

/** Runs `call` and returns how many requests it made to `path`. */
async function attempts(path: string, call: () => Promise<unknown>): Promise<number> {
  const before = ws.requestsTo(path);
  await call().catch(() => undefined);
  return ws.requestsTo(path) - before;
}

describe("each fault action of the emulator", () => {
  it("reset: idempotent calls retry and recover; create does not retry", async () => {
    ws.emulator.faults.add({ path: LIST, action: "reset", times: 2 });
    expect(await attempts(LIST, () => ws.client().tokens.list())).toBe(3);
    ws.emulator.faults.add({ path: CREATE, action: "reset", times: 1 });
    const before = (await ws.client().tokens.list()).length;
    const error = await apiFailure(ws.client().tokens.create({ comment: "reset" }));
    expect(error.classification).toBe("network");
    expect(ws.requestsTo(CREATE)).toBe(1);
    // The emulator reset before creating, so nothing was minted; a retry would have been safe here,
    // but the client cannot know that, which is the point.
    expect((await ws.client().tokens.list()).length).toBe(before);
  });

  it("hang: times out, and an idempotent call does not multiply the wait", async () => {
    ws.emulator.faults.add({ path: LIST, action: "hang" });
    expect(await attempts(LIST, () => ws.client({ timeoutMs: 50 }).tokens.list())).toBe(1);
  });

  it("html-error: the Jetty 403 page is read as 'Invalid access token.' → unauthenticated", async () => {
    ws.emulator.faults.add({ path: LIST, action: "html-error", times: 1 });
    const error = await apiFailure(ws.client().tokens.list());
    expect([error.status, error.errorCode, error.message, error.classification]).toEqual([
      403,
      "PERMISSION_DENIED",
      "Invalid access token.",
      "unauthenticated",
    ]);
    ws.emulator.faults.add({ path: LIST, action: "html-error", status: 500, times: 1 });
    const server = await apiFailure(ws.client().tokens.list());
    expect([server.status, server.classification]).toEqual([500, "serverError"]);
  });

  it("login-page: 200 text/html → loginPage, not retried", async () => {
    ws.emulator.faults.add({ path: ME, action: "login-page" });
    const before = ws.requestsTo(ME);
    const error = await apiFailure(ws.client().currentUser.me());
    expect(error.classification).toBe("loginPage");
    expect(error.message).toMatch(/HTML login page/);
    expect(ws.requestsTo(ME) - before).toBe(1);
  });

  it("truncated-json and malformed-json → invalidResponse, never retried", async () => {
    for (const action of ["truncated-json", "malformed-json"] as const) {
      ws.emulator.faults.add({ path: LIST, action, times: 1 });
      const before = ws.requestsTo(LIST);
      const error = await apiFailure(ws.client().tokens.list());
      expect([error.classification, error.errorCode, error.status]).toEqual(["invalidResponse", "INVALID_JSON", 200]);
      expect(ws.requestsTo(LIST) - before).toBe(1);
    }
  });

  it("truncated-json on create: the half-sent token value appears nowhere in the error", async () => {
    ws.emulator.faults.add({ path: CREATE, action: "truncated-json", times: 1 });
    const error = await apiFailure(ws.client().tokens.create({ comment: "cut" }));
    expect(error.classification).toBe("invalidResponse");
    expect(`${error.message} ${JSON.stringify(error)} ${String(error.stack)}`).not.toMatch(/dapi[0-9a-f]{6,}/);
  });

  it("delayMs alone delays the real answer (within the timeout it succeeds)", async () => {
    ws.emulator.faults.add({ path: LIST, delayMs: 30, times: 1 });
    expect(Array.isArray(await ws.client().tokens.list())).toBe(true);
  });

  it("method filter and times: a fault for POST leaves GET alone and is spent after N uses", async () => {
    ws.emulator.faults.add({ path: LIST, method: "POST", status: 500 });
    expect(Array.isArray(await ws.client().tokens.list())).toBe(true);
    ws.emulator.faults.clear();
    ws.emulator.faults.add({ path: LIST, status: 500, times: 1 });
    await apiFailure(ws.client().tokens.list());
    expect(Array.isArray(await ws.client().tokens.list())).toBe(true);
  });
});

describe("status, body and header faults: §6.2 bodies over the wire", () => {
  it.each([
    [
      "a SCIM error",
      { status: 404, json: { schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], detail: "User not found", status: "404", scimType: "invalidValue" } },
      { errorCode: "SCIM_404", message: "invalidValue User not found", classification: "notFound" },
    ],
    ["API 1.2 {error}", { status: 400, json: { error: "Bad thing" } }, { errorCode: "BAD_REQUEST", message: "Bad thing", classification: "badRequest" }],
    [
      "CODE: message text",
      { status: 400, body: "MALFORMED_REQUEST: bad keys" },
      { errorCode: "MALFORMED_REQUEST", message: "bad keys", classification: "badRequest" },
    ],
    [
      "plain-text 400 Invalid Token (databricks-sdk-go#1709)",
      { status: 400, body: "Invalid Token" },
      { errorCode: "BAD_REQUEST", message: "Invalid Token", classification: "unauthenticated" },
    ],
    [
      "a gateway text page",
      { status: 502, body: "upstream connect error", contentType: "text/plain" },
      { errorCode: "HTTP_502", message: "upstream connect error", classification: "serverError" },
    ],
    [
      "a TEMPORARILY_UNAVAILABLE with status 500",
      { status: 500, json: { error_code: "TEMPORARILY_UNAVAILABLE", message: "Authentication is temporarily unavailable. Please try again later." } },
      { errorCode: "TEMPORARILY_UNAVAILABLE", classification: "unavailable" },
    ],
  ])("%s", async (_label, fault, expected) => {
    ws.emulator.faults.add({ path: ME, times: 5, ...fault });
    const error = await apiFailure(ws.client({ retry: { maxAttempts: 1 } }).currentUser.me());
    expect(error).toMatchObject(expected);
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("an empty body (the emulator refuses an empty fault body, so a bare node:http server sends it)", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(404, { "x-request-id": "req-empty" });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const error = await apiFailure(createTokenClient({ host: `http://127.0.0.1:${port}`, token: ws.adminToken }).tokens.list());
      expect(error).toMatchObject({ status: 404, errorCode: "NOT_FOUND", message: "Not Found", classification: "notFound", requestId: "req-empty" });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("keeps ids beyond 2^53 exact when a server sends them", async () => {
    const body =
      '{"token_info":{"token_id":"abc","creation_time":1580265020299,"expiry_time":-1,"created_by_id":9007199254740993,"owner_id":18446744073709551615,"workspace_id":5750939285643220}}';
    ws.emulator.faults.add({ path: "/api/2.0/token-management/tokens/abc", status: 200, body, contentType: "application/json", times: 1 });
    const info = await ws.client().tokenManagement.get("abc");
    expect(info).toMatchObject({ createdById: "9007199254740993", ownerId: "18446744073709551615", workspaceId: "5750939285643220", expiryTime: -1 });
  });
});

describe("retries counted against the emulator, waits read from the injected clock", () => {
  it("429 with Retry-After: waits exactly the hint plus injected jitter, then succeeds", async () => {
    ws.emulator.faults.add({ path: LIST, status: 429, headers: { "Retry-After": "2" }, times: 2 });
    const c = ws.client({ retry: { random: () => 0.5, baseDelayMs: 1000 } });
    expect(await attempts(LIST, () => c.tokens.list())).toBe(3);
    expect(ws.sleeps).toEqual([2500, 2500]);
  });

  it("503 without a hint: exponential backoff, stops at maxAttempts", async () => {
    ws.emulator.faults.add({ path: LIST, status: 503 });
    const c = ws.client({ retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 10_000 } });
    expect(await attempts(LIST, () => c.tokens.list())).toBe(4);
    expect(ws.sleeps).toEqual([50, 100, 200]);
  });

  it("the total deadline bounds the attempts whatever maxAttempts says", async () => {
    ws.emulator.faults.add({ path: LIST, status: 429, headers: { "Retry-After": "2" } });
    const c = ws.client({ retry: { maxAttempts: 1000, deadlineMs: 9_000 } });
    const before = ws.requestsTo(LIST);
    const error = await apiFailure(c.tokens.list());
    expect(ws.requestsTo(LIST) - before).toBe(5);
    expect(error.attempts).toBe(5);
    expect(ws.sleeps).toEqual([2000, 2000, 2000, 2000]);
    expect(error.retryAfterMs).toBe(2000);
  });

  it("create: one attempt on 503 and on 500; retried on 429; nothing duplicated", async () => {
    const before = (await ws.client().tokens.list()).length;
    ws.emulator.faults.add({ path: CREATE, status: 503, times: 1 });
    expect(await attempts(CREATE, () => ws.client().tokens.create({ comment: "503" }))).toBe(1);
    ws.emulator.faults.add({ path: CREATE, status: 500, times: 1 });
    expect(await attempts(CREATE, () => ws.client().tokens.create({ comment: "500" }))).toBe(1);
    ws.emulator.faults.add({ path: CREATE, status: 429, headers: { "Retry-After": "1" }, times: 2 });
    expect(await attempts(CREATE, () => ws.client().tokens.create({ comment: "after 429" }))).toBe(3);
    const comments = (await ws.client().tokens.list()).map((t) => t.comment);
    expect(comments.filter((c) => c === "after 429")).toHaveLength(1);
    expect(comments.length).toBe(before + 1);
  });

  it("on-behalf-of create: one attempt on a reset", async () => {
    const path = "/api/2.0/token-management/on-behalf-of/tokens";
    ws.emulator.faults.add({ path, action: "reset", times: 1 });
    expect(await attempts(path, () => ws.client().tokenManagement.createOnBehalfOf({ applicationId: "6f5ccf28-d83a-4957-9bfb-5bbfac551410" }))).toBe(1);
  });

  it("delete (idempotent) is retried on 503", async () => {
    const created = await ws.client().tokens.create({ comment: "to delete", lifetimeSeconds: 600 });
    ws.emulator.faults.add({ path: "/api/2.0/token/delete", status: 503, times: 1 });
    expect(await attempts("/api/2.0/token/delete", () => ws.client().tokens.delete(created.tokenInfo.tokenId))).toBe(2);
    expect((await ws.client().tokens.list()).map((t) => t.tokenId)).not.toContain(created.tokenInfo.tokenId);
  });
});
