import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

describe("routing", () => {
  it("answers unknown routes and wrong methods with the real ENDPOINT_NOT_FOUND body (version prefix dropped)", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    const cases: [string, string, string][] = [
      ["GET", "/api/2.0/token/lists", "No API found for 'GET /token/lists'"],
      ["GET", "/api/2.0/token/create", "No API found for 'GET /token/create'"],
      ["PUT", "/api/2.1/token-management/tokens", "No API found for 'PUT /token-management/tokens'"],
      ["GET", "/api/2.0/token-management/tokens/", "No API found for 'GET /token-management/tokens/'"],
      ["GET", "/healthz", "No API found for 'GET /healthz'"],
    ];
    for (const [method, path, message] of cases) {
      const res = await callApi(emu.url, path, { method, token });
      expect(res.status).toBe(404);
      expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(res.json).toMatchObject({ error_code: "ENDPOINT_NOT_FOUND", message });
    }
  });

  it("authenticates before routing: an unknown route without credentials is 401", async () => {
    emu = await startEmulator();
    expect((await callApi(emu.url, "/api/2.0/nope")).status).toBe(401);
  });

  it("sends X-Request-Id, Server and no-store headers on every answer, a fresh id each time", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    const first = await callApi(emu.url, "/api/2.0/token/list", { token });
    const second = await callApi(emu.url, "/api/2.0/token/list", { token });
    expect(first.headers.server).toBe("databricks");
    expect(first.headers["cache-control"]).toBe("no-cache, no-store, must-revalidate");
    expect(first.headers["x-request-id"]).not.toBe(second.headers["x-request-id"]);
  });
});
