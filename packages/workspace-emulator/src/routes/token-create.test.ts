import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";
import { createHash } from "node:crypto";

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY_MS = 86_400_000;
let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

async function create(body: unknown, token?: string) {
  return callApi(emu.url, "/api/2.0/token/create", { method: "POST", token: token ?? emu.mintToken(), body });
}

describe("POST /api/2.0/token/create", () => {
  it("returns a random dapi token whose id is its sha256, with the real response shape", async () => {
    emu = await startEmulator({ now: () => T0 });
    const res = await create({ comment: "ci", lifetime_seconds: 7_776_000 });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const body = res.json as { token_value: string; token_info: Record<string, unknown> };
    expect(body.token_value).toMatch(/^dapi[0-9a-f]{32}$/);
    expect(body.token_info).toEqual({
      token_id: createHash("sha256").update(body.token_value).digest("hex"),
      creation_time: T0,
      expiry_time: T0 + 7_776_000_000,
      comment: "ci",
    });
    const second = await create({});
    expect((second.json as { token_value: string }).token_value).not.toBe(body.token_value);
  });

  it("gives a token without lifetime the workspace maximum (730 days by default) and omits an absent comment", async () => {
    emu = await startEmulator({ now: () => T0 });
    const info = ((await create({})).json as { token_info: Record<string, unknown> }).token_info;
    expect(info).toEqual({ token_id: expect.any(String), creation_time: T0, expiry_time: T0 + 730 * DAY_MS });
  });

  it("uses a seeded maxTokenLifetimeDays, and '0' means no limit (expiry -1, and -1 accepted)", async () => {
    emu = await startEmulator({ now: () => T0, seed: { workspaceConf: { maxTokenLifetimeDays: "90" } } });
    expect(((await create({})).json as { token_info: { expiry_time: number } }).token_info.expiry_time).toBe(T0 + 90 * DAY_MS);
    await emu.close();
    emu = await startEmulator({ now: () => T0, seed: { workspaceConf: { maxTokenLifetimeDays: "0" } } });
    expect(((await create({})).json as { token_info: { expiry_time: number } }).token_info.expiry_time).toBe(-1);
    expect(((await create({ lifetime_seconds: -1 })).json as { token_info: { expiry_time: number } }).token_info.expiry_time).toBe(-1);
    expect((await create({ lifetime_seconds: 3_650 * 86_400 })).status).toBe(200);
  });

  it("rejects lifetime_seconds 0 (and other non-positive values) with the server's message", async () => {
    emu = await startEmulator();
    const zero = await create({ lifetime_seconds: 0 });
    expect(zero.status).toBe(400);
    expect(zero.json).toMatchObject({ error_code: "INVALID_PARAMETER_VALUE", message: "requirement failed: Invalid timeout: 0" });
    expect((await create({ lifetime_seconds: -5 })).json).toMatchObject({ message: "requirement failed: Invalid timeout: -5" });
  });

  it("rejects a lifetime above maxTokenLifetimeDays, accepts exactly the maximum, rejects -1 while a maximum is set", async () => {
    emu = await startEmulator({ now: () => T0, seed: { workspaceConf: { maxTokenLifetimeDays: "30" } } });
    const over = await create({ lifetime_seconds: 30 * 86_400 + 1 });
    expect(over.status).toBe(400);
    expect(over.json).toMatchObject({ error_code: "INVALID_PARAMETER_VALUE", message: expect.stringContaining("30 days") });
    const exact = await create({ lifetime_seconds: 30 * 86_400 });
    expect((exact.json as { token_info: { expiry_time: number } }).token_info.expiry_time).toBe(T0 + 30 * DAY_MS);
    expect((await create({ lifetime_seconds: -1 })).status).toBe(400);
  });

  it("accepts an int64 lifetime written as a string (protobuf JSON) and rejects non-integers and bad comments", async () => {
    emu = await startEmulator({ now: () => T0 });
    expect(((await create({ lifetime_seconds: "60" })).json as { token_info: { expiry_time: number } }).token_info.expiry_time).toBe(T0 + 60_000);
    for (const body of [{ lifetime_seconds: 1.5 }, { lifetime_seconds: "soon" }, { lifetime_seconds: true }, { comment: 7 }]) {
      const res = await create(body);
      expect(res.status).toBe(400);
      expect((res.json as { error_code: string }).error_code).toBe("INVALID_PARAMETER_VALUE");
    }
  });

  it("answers MALFORMED_REQUEST for a body that is not JSON or not an object, and treats an empty body as {}", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    const notJson = await create("{lifetime_seconds:", token);
    expect(notJson.status).toBe(400);
    expect(notJson.json).toMatchObject({ error_code: "MALFORMED_REQUEST", message: expect.stringContaining("failed to parse") });
    expect((await create("[1]", token)).json).toMatchObject({ error_code: "MALFORMED_REQUEST", message: expect.stringContaining("expected a map") });
    expect((await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token })).status).toBe(200);
  });

  it("enforces the 600-token quota per user on non-expired tokens only", async () => {
    emu = await startEmulator({
      now: () => T0,
      seed: {
        tokens: [...Array.from({ length: 599 }, () => ({ userName: "user@example.com" })), { userName: "user@example.com", expiryTime: T0 - 1 }],
      },
    });
    const userToken = emu.mintToken({ userName: "user@example.com" });
    const refused = await create({}, userToken);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error_code: "QUOTA_EXCEEDED", message: expect.stringContaining("600") });
    expect((await create({})).status).toBe(200);
    const list = await callApi(emu.url, "/api/2.0/token/list", { token: userToken });
    const { token_infos: infos } = list.json as { token_infos: { token_id: string }[] };
    expect(infos).toHaveLength(600);
    const firstId = infos[0]?.token_id ?? "";
    await callApi(emu.url, "/api/2.0/token/delete", { method: "POST", token: userToken, body: { token_id: firstId } });
    expect((await create({}, userToken)).status).toBe(200);
  });

  it("lets mintToken apply the same rules and name the owner", async () => {
    emu = await startEmulator();
    expect(() => emu.mintToken({ lifetimeSeconds: 0 })).toThrow(/Invalid timeout: 0/);
    expect(() => emu.mintToken({ userName: "nobody@example.com" })).toThrow(/not a seeded user .*known: admin@example\.com/);
    const token = emu.mintToken({ userName: "user@example.com", comment: "minted", lifetimeSeconds: 60 });
    const me = await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token });
    expect((me.json as { userName: string }).userName).toBe("user@example.com");
  });
});
