import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { EmulatorConfigError, startEmulator, type EmulatorOptions } from "./index.js";
import { callApi } from "./test-support/call-api.js";

describe("startEmulator", () => {
  it("listens on 127.0.0.1 on a free port and closes idempotently", async () => {
    const emu = await startEmulator();
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: emu.mintToken() })).status).toBe(200);
    await emu.close();
    await emu.close();
    await expect(callApi(emu.url, "/api/2.0/token/list")).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("runs two emulators side by side with separate state", async () => {
    const [a, b] = await Promise.all([startEmulator(), startEmulator()]);
    try {
      expect(a.url).not.toBe(b.url);
      expect((await callApi(b.url, "/api/2.0/token/list", { token: a.mintToken() })).status).toBe(403);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("fails with the listen error when the port is taken", async () => {
    const first = await startEmulator();
    try {
      const port = Number(new URL(first.url).port);
      await expect(startEmulator({ port })).rejects.toMatchObject({ code: "EADDRINUSE" });
    } finally {
      await first.close();
    }
  });

  it.each([
    [{ port: 70000 }, /options\.port must be an integer from 0 to 65535/],
    [{ host: "" }, /options\.host must be a non-empty string/],
    [{ tls: { key: "", cert: "x" } }, /options\.tls\.key must be a PEM string or Buffer/],
    [{ now: 5 }, /options\.now must be a function/],
    [{ faults: {} }, /options\.faults must be an array/],
  ])("rejects bad options %j", async (options, message) => {
    await expect(startEmulator(options as unknown as EmulatorOptions)).rejects.toThrow(message);
    await expect(startEmulator(options as unknown as EmulatorOptions)).rejects.toBeInstanceOf(EmulatorConfigError);
  });

  it("records each request with method, path, query, masked credentials and parsed body", async () => {
    const emu = await startEmulator();
    try {
      const token = emu.mintToken();
      await callApi(emu.url, "/api/2.0/token-management/tokens?created_by_id=1", { token });
      await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token, body: { comment: "c" } });
      await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token, body: "not json" });
      expect(emu.requests.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
        { method: "GET", path: "/api/2.0/token-management/tokens", query: { created_by_id: "1" }, body: undefined },
        { method: "POST", path: "/api/2.0/token/create", query: {}, body: { comment: "c" } },
        { method: "POST", path: "/api/2.0/token/create", query: {}, body: "not json" },
      ]);
      expect(emu.requests[0]?.headers.authorization).toBe(`Bearer dapi…${token.slice(-4)}`);
      expect(emu.requests[0]?.headers.accept).toBe("application/json");
    } finally {
      await emu.close();
    }
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const emu = await startEmulator();
    try {
      const res = await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token: emu.mintToken(), body: { comment: "x".repeat(1024 * 1024) } });
      expect(res.status).toBe(413);
    } finally {
      await emu.close();
    }
  });

  it("shows only its URL under util.inspect", async () => {
    const emu = await startEmulator();
    try {
      const token = emu.mintToken();
      expect(inspect(emu, { depth: 10, showHidden: true })).toBe(`Emulator { url: '${emu.url}' }`);
      expect(inspect(emu)).not.toContain(token);
    } finally {
      await emu.close();
    }
  });
});
