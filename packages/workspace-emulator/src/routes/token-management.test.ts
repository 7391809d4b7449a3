import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_WORKSPACE_ID, startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";
import { createHash } from "node:crypto";

const T0 = Date.UTC(2026, 8, 9, 10);
const SP_APP_ID = "6f5ccf28-d83a-4957-9bfb-5bbfac551410";
let emu: Emulator;
const idOf = (value: string) => createHash("sha256").update(value).digest("hex");

afterEach(async () => {
  await emu.close();
});

type Infos = { token_infos?: Record<string, unknown>[] };

describe("token management (admins only)", () => {
  it("refuses non-admins on every operation with 403 PERMISSION_DENIED", async () => {
    emu = await startEmulator();
    const user = emu.mintToken({ userName: "user@example.com" });
    const calls: [string, string, unknown?][] = [
      ["GET", "/api/2.0/token-management/tokens"],
      ["GET", `/api/2.0/token-management/tokens/${idOf(user)}`],
      ["DELETE", `/api/2.0/token-management/tokens/${idOf(user)}`],
      ["POST", "/api/2.0/token-management/on-behalf-of/tokens", { application_id: SP_APP_ID }],
      ["GET", "/api/2.0/preview/token-management/tokens"],
    ];
    for (const [method, path, body] of calls) {
      const res = await callApi(emu.url, path, { method, token: user, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json).toMatchObject({ error_code: "PERMISSION_DENIED", message: "Only Admins can access token management APIs." });
    }
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: user })).status).toBe(200);
  });

  it("lists every user's valid tokens as TokenInfo with creator, owner and workspace", async () => {
    emu = await startEmulator({ now: () => T0 });
    const admin = emu.mintToken({ comment: "admin's" });
    const user = emu.mintToken({ userName: "user@example.com", comment: "user's", lifetimeSeconds: 3600 });
    emu.mintToken({ userName: "user@example.com", lifetimeSeconds: 1 });
    emu.clock.advance(1000);
    const res = await callApi(emu.url, "/api/2.0/token-management/tokens", { token: admin });
    expect(res.status).toBe(200);
    const infos = (res.json as Infos).token_infos ?? [];
    expect(infos).toHaveLength(2);
    expect(infos[1]).toEqual({
      token_id: idOf(user),
      creation_time: T0,
      expiry_time: T0 + 3_600_000,
      comment: "user's",
      created_by_id: 7000000000000002,
      created_by_username: "user@example.com",
      owner_id: 7000000000000002,
      workspace_id: DEFAULT_WORKSPACE_ID,
    });
    expect(infos[0]).toMatchObject({ created_by_username: "admin@example.com", last_used_day: Date.UTC(2026, 8, 9) });
    expect(res.text).toContain(`"workspace_id":${DEFAULT_WORKSPACE_ID}`);
  });

  it("filters by created_by_id and created_by_username, answers {} when nothing matches, rejects a non-integer id", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    emu.mintToken({ userName: "user@example.com" });
    const list = async (query: string) => callApi(emu.url, `/api/2.0/token-management/tokens${query}`, { token: admin });
    expect(((await list("?created_by_id=7000000000000002")).json as Infos).token_infos).toHaveLength(1);
    expect(((await list("?created_by_username=admin%40example.com")).json as Infos).token_infos).toHaveLength(1);
    expect(((await list("?created_by_username=user@example.com&created_by_id=7000000000000002")).json as Infos).token_infos).toHaveLength(1);
    expect((await list("?created_by_username=nobody@example.com")).json).toEqual({});
    const bad = await list("?created_by_id=abc");
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error_code: "INVALID_PARAMETER_VALUE" });
  });

  it("gets one token by id (also under the /preview alias) and 404s an unknown or expired one", async () => {
    emu = await startEmulator({ now: () => T0 });
    const admin = emu.mintToken();
    const user = emu.mintToken({ userName: "user@example.com", lifetimeSeconds: 60 });
    for (const prefix of ["/api/2.0", "/api/2.0/preview"]) {
      const res = await callApi(emu.url, `${prefix}/token-management/tokens/${idOf(user)}`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ token_info: { token_id: idOf(user), owner_id: 7000000000000002 } });
    }
    const unknown = await callApi(emu.url, `/api/2.0/token-management/tokens/${"f".repeat(64)}`, { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error_code: "RESOURCE_DOES_NOT_EXIST" });
    emu.clock.advance(60_000);
    expect((await callApi(emu.url, `/api/2.0/token-management/tokens/${idOf(user)}`, { token: admin })).status).toBe(404);
  });

  it("deletes any user's token; the token stops working; a second delete is 404", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    const user = emu.mintToken({ userName: "user@example.com" });
    const path = `/api/2.0/token-management/tokens/${idOf(user)}`;
    const res = await callApi(emu.url, path, { method: "DELETE", token: admin });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({});
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: user })).status).toBe(403);
    expect((await callApi(emu.url, path, { method: "DELETE", token: admin })).status).toBe(404);
  });

  it("creates an on-behalf-of token owned by the service principal and created by the admin", async () => {
    emu = await startEmulator({ now: () => T0 });
    const admin = emu.mintToken();
    const res = await callApi(emu.url, "/api/2.0/token-management/on-behalf-of/tokens", {
      method: "POST",
      token: admin,
      body: { application_id: SP_APP_ID, lifetime_seconds: 3600, comment: "automation" },
    });
    expect(res.status).toBe(200);
    const body = res.json as { token_value: string; token_info: Record<string, unknown> };
    expect(body.token_value).toMatch(/^dapi[0-9a-f]{32}$/);
    expect(body.token_info).toEqual({
      token_id: idOf(body.token_value),
      creation_time: T0,
      expiry_time: T0 + 3_600_000,
      comment: "automation",
      created_by_id: 7000000000000001,
      created_by_username: "admin@example.com",
      owner_id: 8000000000000001,
      workspace_id: DEFAULT_WORKSPACE_ID,
    });
    const me = await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token: body.token_value });
    expect(me.json).toMatchObject({ userName: SP_APP_ID, displayName: "automation-sp" });
  });

  it("validates on-behalf-of requests: application_id required and known, lifetime rules apply", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    const obo = (body: unknown) => callApi(emu.url, "/api/2.0/token-management/on-behalf-of/tokens", { method: "POST", token: admin, body });
    expect((await obo({})).json).toMatchObject({ error_code: "INVALID_PARAMETER_VALUE", message: "Missing required field: application_id" });
    const unknown = await obo({ application_id: "00000000-0000-0000-0000-000000000000" });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error_code: "RESOURCE_DOES_NOT_EXIST" });
    expect((await obo({ application_id: "user@example.com" })).status).toBe(404);
    expect((await obo({ application_id: SP_APP_ID, lifetime_seconds: 0 })).json).toMatchObject({ message: "requirement failed: Invalid timeout: 0" });
  });
});
