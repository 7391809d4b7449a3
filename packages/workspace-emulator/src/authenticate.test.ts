import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";
import { randomBytes } from "node:crypto";

const T0 = Date.UTC(2026, 4, 10, 15, 30);
const DAY_MS = 86_400_000;
let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

const ROUTES: [string, string][] = [
  ["POST", "/api/2.0/token/create"],
  ["GET", "/api/2.0/token/list"],
  ["POST", "/api/2.0/token/delete"],
  ["GET", "/api/2.0/token-management/tokens"],
  ["GET", "/api/2.0/token-management/tokens/abc"],
  ["DELETE", "/api/2.0/token-management/tokens/abc"],
  ["POST", "/api/2.0/token-management/on-behalf-of/tokens"],
  ["GET", "/api/2.0/workspace-conf?keys=enableTokensConfig"],
  ["PATCH", "/api/2.0/workspace-conf"],
  ["GET", "/api/2.0/preview/scim/v2/Me"],
  ["GET", "/api/2.0/clusters/list"],
];

function expectInvalidAccessToken(res: Awaited<ReturnType<typeof callApi>>): void {
  expect(res.status).toBe(403);
  expect(res.json).toEqual({ error_code: 403, message: "Invalid access token." });
  expect(res.headers["x-databricks-reason-phrase"]).toBe("Invalid access token.");
}

describe("Bearer authentication", () => {
  it("answers 401 with the numeric-code body on every route when no credential is sent", async () => {
    emu = await startEmulator();
    for (const [method, path] of ROUTES) {
      const res = await callApi(emu.url, path, { method });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.json).toEqual({
        error_code: 401,
        message: `Credential was not sent or was of an unsupported type for this API. [ReqId: ${String(res.headers["x-request-id"])}]`,
      });
    }
  });

  it("treats Basic and empty Bearer credentials as unsupported (401)", async () => {
    emu = await startEmulator();
    for (const authorization of ["Basic YWRtaW46cGFzcw==", "Bearer", "Bearer ", "Token abc"]) {
      expect((await callApi(emu.url, "/api/2.0/token/list", { authorization })).status).toBe(401);
    }
  });

  it("answers 403 Invalid access token. on every route for an unknown token", async () => {
    emu = await startEmulator();
    const unknown = `dapi${randomBytes(16).toString("hex")}`;
    for (const [method, path] of ROUTES) expectInvalidAccessToken(await callApi(emu.url, path, { method, token: unknown }));
  });

  it("accepts the Bearer scheme case-insensitively", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    expect((await callApi(emu.url, "/api/2.0/token/list", { authorization: `bearer ${token}` })).status).toBe(200);
  });

  it("rejects an expired token with 403 from the moment it expires", async () => {
    emu = await startEmulator({ now: () => T0 });
    const token = emu.mintToken({ lifetimeSeconds: 60 });
    expect((await callApi(emu.url, "/api/2.0/token/list", { token })).status).toBe(200);
    emu.clock.advance(60_000);
    expectInvalidAccessToken(await callApi(emu.url, "/api/2.0/token/list", { token }));
  });

  it("rejects a seeded token that expired before the emulator started", async () => {
    const value = `dapi${randomBytes(16).toString("hex")}`;
    emu = await startEmulator({
      now: () => T0,
      seed: { tokens: [{ userName: "user@example.com", value, creationTime: T0 - 10 * DAY_MS, expiryTime: T0 - DAY_MS }] },
    });
    expectInvalidAccessToken(await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token: value }));
  });

  it("records last_used_day (UTC midnight) each time a token authenticates", async () => {
    const value = `dapi${randomBytes(16).toString("hex")}`;
    emu = await startEmulator({ now: () => T0, seed: { tokens: [{ userName: "user@example.com", value, creationTime: T0 - 3 * DAY_MS }] } });
    const admin = emu.mintToken();
    const lastUsedDay = async () => {
      const infos = (
        (await callApi(emu.url, "/api/2.0/token-management/tokens?created_by_username=user@example.com", { token: admin })).json as {
          token_infos: { last_used_day?: number }[];
        }
      ).token_infos;
      return infos[0]?.last_used_day;
    };
    expect(await lastUsedDay()).toBeUndefined();
    await callApi(emu.url, "/api/2.0/token/list", { token: value });
    expect(await lastUsedDay()).toBe(Date.UTC(2026, 4, 10));
    emu.clock.advance(DAY_MS);
    await callApi(emu.url, "/api/2.0/token/list", { token: value });
    expect(await lastUsedDay()).toBe(Date.UTC(2026, 4, 11));
  });

  it("rejects every PAT once enableTokensConfig is false, and accepts them again after re-enabling", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    const user = emu.mintToken({ userName: "user@example.com" });
    const patch = await callApi(emu.url, "/api/2.0/workspace-conf", { method: "PATCH", token: admin, body: { enableTokensConfig: "false" } });
    expect(patch.status).toBe(204);
    expect(patch.text).toBe("");
    for (const token of [admin, user]) {
      expectInvalidAccessToken(await callApi(emu.url, "/api/2.0/token/list", { token }));
      expectInvalidAccessToken(await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token, body: {} }));
    }
    expect(() => emu.setWorkspaceConf({ enableTokensConfig: "yes" })).toThrow(/setWorkspaceConf: Some values are not allowed/);
    emu.setWorkspaceConf({ enableTokensConfig: "TRUE" });
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: user })).status).toBe(200);
  });

  it("starts with tokens disabled when the seed says so", async () => {
    emu = await startEmulator({ seed: { workspaceConf: { enableTokensConfig: "False" } } });
    expectInvalidAccessToken(await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token: emu.mintToken() }));
  });
});
