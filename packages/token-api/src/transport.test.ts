import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.js";
import { createTokenClient } from "./create-token-client.js";
import type { RetryOptions } from "./retry-policy.js";
import { apiFailure, fakeClock, scriptedFetch, type Step } from "./test-support/index.js";
import { fakePat } from "@dbcfg/pat/testing";

const LIST_OK: Step = { status: 200, json: { token_infos: [] } };
const CREATE_OK: Step = {
  status: 200,
  json: { token_value: "new-secret-value-0000", token_info: { token_id: "t1", creation_time: 1, expiry_time: -1 } },
};

function client(steps: Step[], retry: RetryOptions = {}, timeoutMs?: number) {
  const clock = fakeClock();
  const scripted = scriptedFetch(steps);
  const c = createTokenClient({
    host: "http://127.0.0.1:9",
    token: fakePat(),
    fetch: scripted.fetch,
    timeoutMs,
    retry: { now: clock.now, sleep: clock.sleep, random: () => 0, ...retry },
  });
  return { client: c, calls: scripted.calls, clock };
}

describe("retry loop (attempts counted, clock and sleep injected)", () => {
  it("retries an idempotent call on 429 and 503 until it succeeds", async () => {
    const { client: c, calls, clock } = client([{ status: 429 }, { status: 503 }, LIST_OK]);
    await expect(c.tokens.list()).resolves.toEqual([]);
    expect(calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it("retries on connection errors (reset, refused)", async () => {
    const { client: c, calls } = client([{ networkError: "ECONNRESET" }, { networkError: "ECONNREFUSED" }, LIST_OK]);
    await expect(c.tokens.list()).resolves.toEqual([]);
    expect(calls).toHaveLength(3);
  });

  it("honours Retry-After (seconds) as the floor of the wait, plus injected jitter", async () => {
    const { client: c, clock } = client([{ status: 429, headers: { "Retry-After": "7" } }, LIST_OK], { random: () => 0.25, baseDelayMs: 1000 });
    await c.tokens.list();
    expect(clock.sleeps).toEqual([7250]);
  });

  it("honours Retry-After given as an HTTP date, measured on the injected clock", async () => {
    const start = 1_700_000_000_000;
    const when = new Date(start + 4000).toUTCString();
    const { client: c, clock } = client([{ status: 503, headers: { "Retry-After": when } }, LIST_OK]);
    await c.tokens.list();
    expect(clock.sleeps).toEqual([4000]);
  });

  it("stops after maxAttempts and reports the attempts on the last error", async () => {
    const { client: c, calls } = client([{ status: 503, json: { error_code: "TEMPORARILY_UNAVAILABLE", message: "try later" } }], { maxAttempts: 4 });
    const error = await apiFailure(c.tokens.list());
    expect(calls).toHaveLength(4);
    expect(error.attempts).toBe(4);
    expect(error.classification).toBe("unavailable");
    expect(error.message).toBe("try later");
  });

  it("stops before a wait that would cross the total deadline", async () => {
    // Backoff with random 0: 500, 1000, 2000, 4000 … ; a 3 000 ms deadline allows 500 + 1000 only.
    const { client: c, calls, clock } = client([{ status: 429 }], { maxAttempts: 100, deadlineMs: 3000 });
    const error = await apiFailure(c.tokens.list());
    expect(clock.sleeps).toEqual([500, 1000]);
    expect(calls).toHaveLength(3);
    expect(error.attempts).toBe(3);
  });

  it("does not sleep at all when Retry-After is beyond the deadline", async () => {
    const { client: c, calls, clock } = client([{ status: 429, headers: { "Retry-After": "3600" } }], { deadlineMs: 60_000 });
    const error = await apiFailure(c.tokens.list());
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(error.retryAfterMs).toBe(3_600_000);
  });

  it("never retries what cannot succeed: 401, 403, 404, 400, 500, TLS, invalid responses", async () => {
    for (const step of [
      { status: 401 },
      { status: 403 },
      { status: 404 },
      { status: 400 },
      { status: 500 },
      { networkError: "CERT_HAS_EXPIRED" },
      { status: 200, body: "{not json" },
    ] satisfies Step[]) {
      const { client: c, calls } = client([step, LIST_OK]);
      await expect(c.tokens.list()).rejects.toBeInstanceOf(ApiError);
      expect(calls, JSON.stringify(step)).toHaveLength(1);
    }
  });
});

describe("tokens.create is never retried blindly", () => {
  it.each([
    ["503 (the server may have created it)", { status: 503 }],
    ["500", { status: 500 }],
    ["a reset after sending", { networkError: "ECONNRESET" }],
    ["a closed socket", { networkError: "UND_ERR_SOCKET" }],
  ] as const)("makes one attempt on %s", async (_label, step) => {
    const { client: c, calls } = client([step, CREATE_OK]);
    const error = await apiFailure(c.tokens.create({ comment: "x" }));
    expect(calls).toHaveLength(1);
    expect(error.attempts).toBe(1);
  });

  it("makes one attempt on a timeout", async () => {
    const { client: c, calls } = client([{ hang: true }, CREATE_OK], {}, 20);
    const error = await apiFailure(c.tokens.create());
    expect(error.classification).toBe("timeout");
    expect(calls).toHaveLength(1);
  });

  it("retries when the connection was refused (never sent) or the server said 429 (not processed)", async () => {
    const { client: c, calls } = client([{ networkError: "ECONNREFUSED" }, { status: 429 }, CREATE_OK]);
    const created = await c.tokens.create({ comment: "x", lifetimeSeconds: 60 });
    expect(created.tokenInfo.tokenId).toBe("t1");
    expect(calls).toHaveLength(3);
    expect(calls.map((call) => call.body)).toEqual(Array(3).fill('{"comment":"x","lifetime_seconds":60}'));
  });

  it("applies the same rule to on-behalf-of creation", async () => {
    const { client: c, calls } = client([{ status: 503 }]);
    await apiFailure(c.tokenManagement.createOnBehalfOf({ applicationId: "6f5ccf28-d83a-4957-9bfb-5bbfac551410" }));
    expect(calls).toHaveLength(1);
  });
});

describe("timeouts and aborts", () => {
  it("times out an attempt that never answers and does not retry the timeout", async () => {
    const { client: c, calls } = client([{ hang: true }], { maxAttempts: 2 }, 20);
    const error = await apiFailure(c.tokens.list());
    expect(error.classification).toBe("timeout");
    expect(error.errorCode).toBe("TIMEOUT");
    expect(calls).toHaveLength(1);
  });

  it("a per-call timeoutMs overrides the client's", async () => {
    const { client: c } = client([{ hang: true }], {}, 60_000);
    const error = await apiFailure(c.tokens.list({ timeoutMs: 10 }));
    expect(error.message).toBe("no complete response within 10 ms");
  });

  it("an aborted signal stops the call as aborted; a timeout signal as timeout", async () => {
    const { client: c } = client([{ hang: true }]);
    const controller = new AbortController();
    const pending = apiFailure(c.tokens.list({ signal: controller.signal }));
    controller.abort();
    expect((await pending).classification).toBe("aborted");
    const timedOut = await apiFailure(c.tokens.list({ signal: AbortSignal.timeout(5) }));
    expect(timedOut.classification).toBe("timeout");
  });

  it("an abort during the retry wait ends the call", async () => {
    const controller = new AbortController();
    const scripted = scriptedFetch([{ status: 503 }]);
    const c = createTokenClient({
      host: "http://127.0.0.1:9",
      token: fakePat(),
      fetch: scripted.fetch,
      retry: {
        sleep: (_ms, signal) => {
          controller.abort();
          return Promise.reject(signal?.reason);
        },
      },
    });
    const error = await apiFailure(c.tokens.list({ signal: controller.signal }));
    expect(error.classification).toBe("aborted");
    expect(scripted.calls).toHaveLength(1);
  });
});

describe("requests", () => {
  it("sends the documented method, path, query, body and headers", async () => {
    const token = fakePat();
    const scripted = scriptedFetch([{ status: 200, json: {} }]);
    const c = createTokenClient({ host: "http://127.0.0.1:9/some/path?o=1", token: `  ${token}\n`, fetch: scripted.fetch, userAgent: "cmd/test" });
    await c.tokens.delete("abc");
    await c.tokenManagement.delete("a/b");
    await c.tokenManagement.list({ createdById: 9007199254740993n, createdByUsername: "a+b@example.com" }).catch(() => undefined);
    const [del, adminDel, adminList] = scripted.calls;
    expect(del).toMatchObject({ url: "http://127.0.0.1:9/api/2.0/token/delete", method: "POST", body: '{"token_id":"abc"}' });
    expect(del!.headers).toMatchObject({ authorization: `Bearer ${token}`, accept: "application/json", "content-type": "application/json" });
    expect(del!.headers["user-agent"]).toMatch(/^dbcfg\/\S+ node\/\S+ os\/\S+ cmd\/test auth\/pat$/);
    expect(adminDel).toMatchObject({ url: "http://127.0.0.1:9/api/2.0/token-management/tokens/a%2Fb", method: "DELETE" });
    expect(adminDel!.headers["content-type"]).toBeUndefined();
    expect(adminList!.url).toBe("http://127.0.0.1:9/api/2.0/token-management/tokens?created_by_id=9007199254740993&created_by_username=a%2Bb%40example.com");
  });

  it("keeps ids beyond 2^53 exact from the response to the result", async () => {
    const body =
      '{"token_infos":[{"token_id":"t","creation_time":1580265020299,"expiry_time":9223372036854775807,"created_by_id":9007199254740993,"owner_id":202480738464078,"workspace_id":5750939285643220}]}';
    const { client: c } = client([{ status: 200, body, headers: { "content-type": "application/json" } }]);
    const [info] = await c.tokenManagement.list();
    expect(info).toEqual({
      tokenId: "t",
      creationTime: 1580265020299,
      expiryTime: 9223372036854775807n,
      createdById: "9007199254740993",
      ownerId: "202480738464078",
      workspaceId: "5750939285643220",
    });
  });

  it("treats {} from list as no tokens", async () => {
    const { client: c } = client([{ status: 200, json: {} }]);
    await expect(c.tokens.list()).resolves.toEqual([]);
  });

  it("classifies a redirect to /login as loginPage and any other redirect as invalidResponse", async () => {
    const login = client([{ status: 302, headers: { location: "/login.html?error=private-link-validation-error" } }]);
    expect((await apiFailure(login.client.tokens.list())).classification).toBe("loginPage");
    const other = client([{ status: 301, headers: { location: "https://elsewhere.example.com/api" } }]);
    const error = await apiFailure(other.client.tokens.list());
    expect(error.classification).toBe("invalidResponse");
    expect(error.message).toContain("/api");
  });

  it("reads a wrong response shape as invalidResponse, naming the field", async () => {
    const { client: c } = client([{ status: 200, json: { token_infos: [{ token_id: 5 }] } }]);
    const error = await apiFailure(c.tokens.list());
    expect(error.classification).toBe("invalidResponse");
    expect(error.errorCode).toBe("UNEXPECTED_SHAPE");
    expect(error.message).toMatch(/token_infos\.0\.token_id/);
  });
});

describe("workspace-conf values", () => {
  it("are strings; null stays null; a stray boolean or number becomes its string", async () => {
    const { client: c } = client([{ status: 200, json: { a: "true", b: null, c: false, d: 90 } }]);
    await expect(c.workspaceConf.get(["a", "b", "c", "d"])).resolves.toEqual({ a: "true", b: null, c: "false", d: "90" });
  });
});

describe("debug log", () => {
  it("logs each round trip and each retry decision", async () => {
    const lines: string[] = [];
    const clock = fakeClock();
    const scripted = scriptedFetch([
      { status: 429, headers: { "retry-after": "1" } },
      { status: 200, json: { token_infos: [] } },
    ]);
    const c = createTokenClient({
      host: "http://127.0.0.1:9",
      token: fakePat(),
      fetch: scripted.fetch,
      debug: { log: (line) => lines.push(line) },
      retry: { now: clock.now, sleep: clock.sleep, random: () => 0 },
    });
    await c.tokens.list();
    expect(lines).toEqual([
      "GET /api/2.0/token/list\n< HTTP/1.1 429 Too Many Requests",
      "retry: GET /api/2.0/token/list attempt 2 of 5 in 1000 ms (rateLimited, TOO_MANY_REQUESTS)",
      'GET /api/2.0/token/list\n< HTTP/1.1 200 OK\n< {"token_infos":[]}',
    ]);
  });
});
