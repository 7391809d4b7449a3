import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { EmulatorConfigError, startEmulator, type Emulator, type Fault } from "./index.js";
import { callApi } from "./test-support/call-api.js";
import { createTestCertificates } from "./test-support/tls-certs.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

const LIST = "/api/2.0/token/list";

/** A GET that gives up after `timeoutMs`, resolving "timeout" instead of a status. */
function getWithTimeout(url: string, token: string, timeoutMs: number): Promise<number | "timeout"> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Authorization: `Bearer ${token}` }, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve("timeout");
    });
    req.on("error", (error: NodeJS.ErrnoException) => (req.destroyed ? undefined : reject(error)));
    req.end();
  });
}

describe("fault injection", () => {
  it("sends an empty body when the fault says so (the reason phrase is all a client gets)", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, status: 404, body: "" });
    const res = await callApi(emu.url, LIST, { token });
    expect(res.status).toBe(404);
    expect(res.text).toBe("");
  });

  it("answers a status with a standard error body, plus Retry-After, for the next N matching requests only", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, status: 429, headers: { "Retry-After": "2" }, times: 2 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await callApi(emu.url, LIST, { token });
      expect(res.status).toBe(429);
      expect(res.headers["retry-after"]).toBe("2");
      expect(res.json).toMatchObject({ error_code: "REQUEST_LIMIT_EXCEEDED" });
      expect(res.headers["x-request-id"]).toBeDefined();
    }
    expect((await callApi(emu.url, LIST, { token })).status).toBe(200);
    expect(emu.requests.filter((entry) => entry.path === LIST)).toHaveLength(3);
    expect(emu.faults.pending).toEqual([]);
  });

  it("uses TEMPORARILY_UNAVAILABLE for a bare 503 and sends a given JSON body as is", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, status: 503, times: 1 });
    expect((await callApi(emu.url, LIST, { token })).json).toMatchObject({
      error_code: "TEMPORARILY_UNAVAILABLE",
      message: `The service at ${LIST} is temporarily unavailable. Please try again later.`,
    });
    const json = { error_code: "REQUEST_LIMIT_EXCEEDED", message: "GetUserPermissionsRequest RPC token bucket limit has been exceeded." };
    emu.faults.add({ path: LIST, status: 400, json, times: 1 });
    const res = await callApi(emu.url, LIST, { token });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(json);
  });

  it("sends a raw body with its content type (default text/plain), e.g. the plain-text 'Invalid Token'", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: "/api/2.0/preview/scim/v2/Me", status: 400, body: "Invalid Token", times: 1 });
    const res = await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token });
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toBe("text/plain");
    expect(res.text).toBe("Invalid Token");
  });

  it("matches the method when given and ignores other methods", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: "/api/2.0/token/create", method: "get", status: 500 });
    expect((await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token, body: {} })).status).toBe(200);
    expect((await callApi(emu.url, "/api/2.0/token/create", { method: "GET", token })).status).toBe(500);
  });

  it("applies faults in the order added and stops after clear()", async () => {
    emu = await startEmulator({ faults: [{ path: LIST, status: 502, times: 1 }] });
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, status: 504 });
    expect((await callApi(emu.url, LIST, { token })).status).toBe(502);
    expect((await callApi(emu.url, LIST, { token })).status).toBe(504);
    expect((await callApi(emu.url, LIST, { token })).status).toBe(504);
    emu.faults.clear();
    expect((await callApi(emu.url, LIST, { token })).status).toBe(200);
  });

  it("resets the connection without a response", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, action: "reset", times: 1 });
    await expect(callApi(emu.url, LIST, { token })).rejects.toMatchObject({ code: "ECONNRESET" });
    expect((await callApi(emu.url, LIST, { token })).status).toBe(200);
    expect(emu.requests.filter((entry) => entry.path === LIST)).toHaveLength(2);
  });

  it("resets TLS connections too", async () => {
    const certs = await createTestCertificates();
    try {
      emu = await startEmulator({ tls: { key: certs.key, cert: certs.cert }, faults: [{ path: LIST, action: "reset", times: 1 }] });
      const token = emu.mintToken();
      await expect(callApi(emu.url, LIST, { token, ca: certs.caCert })).rejects.toMatchObject({ code: "ECONNRESET" });
      expect((await callApi(emu.url, LIST, { token, ca: certs.caCert })).status).toBe(200);
    } finally {
      await certs.cleanup();
    }
  });

  it("hangs without answering until the client gives up, and close() still returns", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, action: "hang" });
    expect(await getWithTimeout(`${emu.url}${LIST}`, token, 200)).toBe("timeout");
    const seen = emu.requests.length;
    const pending = getWithTimeout(`${emu.url}${LIST}`, token, 60_000).catch((error: NodeJS.ErrnoException) => error.code);
    await expect.poll(() => emu.requests.length).toBe(seen + 1);
    await emu.close();
    expect(await pending).toBe("ECONNRESET");
  });

  it("delays a response: a short delay still gets the real answer, a long one outlasts the client", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, delayMs: 20, headers: { "X-Extra": "yes" }, times: 1 });
    const res = await callApi(emu.url, LIST, { token });
    expect(res.status).toBe(200);
    expect(res.headers["x-extra"]).toBe("yes");
    expect(res.json).toMatchObject({ token_infos: [expect.any(Object)] });
    emu.faults.add({ path: LIST, delayMs: 30_000, status: 503, times: 1 });
    expect(await getWithTimeout(`${emu.url}${LIST}`, token, 200)).toBe("timeout");
  });

  it("serves the Jetty HTML error page (403 Invalid access token. by default, or the given status)", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: "/api/2.0/token/create", action: "html-error", times: 1 });
    const res = await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token, body: {} });
    expect(res.status).toBe(403);
    expect(res.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect(res.text).toContain("<title>Error 403 Invalid access token.</title>");
    expect(res.text).toContain("Problem accessing /api/2.0/token/create. Reason:");
    expect(/<pre>(.*)<\/pre>/.exec(res.text)?.[1]?.trim()).toBe("Invalid access token.");
    emu.faults.add({ path: LIST, action: "html-error", status: 500, times: 1 });
    const server = await callApi(emu.url, LIST, { token });
    expect(server.status).toBe(500);
    expect(server.text).toContain("<pre>    Internal Server Error</pre>");
  });

  it("serves a 200 text/html login page", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, action: "login-page", times: 1 });
    const res = await callApi(emu.url, LIST, { token });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect(res.text).toMatch(/^<!doctype html>/);
    expect(res.text).toContain("Sign In");
  });

  it("truncates the real JSON answer (the create still happened) or a given JSON body", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: "/api/2.0/token/create", action: "truncated-json", times: 1 });
    const res = await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token, body: {} });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.text.startsWith('{"token_value":"dapi')).toBe(true);
    expect(() => JSON.parse(res.text) as unknown).toThrow(SyntaxError);
    const list = (await callApi(emu.url, LIST, { token })).json as { token_infos: unknown[] };
    expect(list.token_infos).toHaveLength(2);
    emu.faults.add({ path: LIST, action: "truncated-json", json: { token_infos: [] }, times: 1 });
    expect((await callApi(emu.url, LIST, { token })).text).toBe('{"token_i');
  });

  it("breaks JSON syntax with malformed-json while keeping status 200 and the JSON content type", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    emu.faults.add({ path: LIST, action: "malformed-json", times: 1 });
    const res = await callApi(emu.url, LIST, { token });
    expect(res.status).toBe(200);
    expect(res.text.startsWith('{,"token_infos"')).toBe(true);
    expect(() => JSON.parse(res.text) as unknown).toThrow(SyntaxError);
    emu.faults.add({ path: "/api/2.0/token/delete", action: "malformed-json", times: 1 });
    const empty = await callApi(emu.url, "/api/2.0/token/delete", { method: "POST", token, body: { token_id: "x" } });
    expect(() => JSON.parse(empty.text) as unknown).toThrow(SyntaxError);
  });

  it("rejects bad faults with EmulatorConfigError naming the field", () => {
    const bad: [unknown, RegExp][] = [
      [{ path: "api/2.0/token/list" }, /fault\.path must be an absolute path/],
      [{ path: "/x?y=1" }, /fault\.path/],
      [{ path: "/x", times: 0 }, /fault\.times must be an integer from 1/],
      [{ path: "/x", status: 99 }, /fault\.status/],
      [{ path: "/x", action: "explode" }, /fault\.action must be one of reset, hang/],
      [{ path: "/x", json: {}, body: "" }, /"json" or "body", not both/],
      [{ path: "/x", headers: { "Retry-After": 2 } }, /fault\.headers\.Retry-After/],
      [{ path: "/x", delay: 5 }, /unknown field "delay"/],
    ];
    return startEmulator().then((started) => {
      emu = started;
      for (const [fault, message] of bad) {
        expect(() => emu.faults.add(fault as Fault)).toThrow(message);
        expect(() => emu.faults.add(fault as Fault)).toThrow(EmulatorConfigError);
      }
      expect(emu.faults.pending).toEqual([]);
    });
  });

  it("rejects a bad fault given to startEmulator, naming its index", async () => {
    await expect(startEmulator({ faults: [{ path: "/ok" }, { path: "/x", times: -1 }] })).rejects.toThrow(/faults\[1\]\.times/);
    emu = await startEmulator();
  });
});
