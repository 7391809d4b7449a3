import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

describe("/api/2.0/workspace-conf", () => {
  it("returns the requested keys as strings, null for a known key never set", async () => {
    emu = await startEmulator();
    const res = await callApi(emu.url, "/api/2.0/workspace-conf?keys=enableTokensConfig,maxTokenLifetimeDays,enableIpAccessLists", {
      token: emu.mintToken({ userName: "user@example.com" }),
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ enableTokensConfig: "true", maxTokenLifetimeDays: "730", enableIpAccessLists: null });
  });

  it("rejects unknown keys with the Invalid keys message and a missing keys parameter", async () => {
    emu = await startEmulator({ seed: { workspaceConf: { customFlag: "on" } } });
    const token = emu.mintToken();
    const res = await callApi(emu.url, "/api/2.0/workspace-conf?keys=enableTokensConfig,nope,alsoNope", { token });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error_code: "INVALID_REQUEST", message: 'Invalid keys: ["nope", "alsoNope"]' });
    expect((await callApi(emu.url, "/api/2.0/workspace-conf?keys=customFlag", { token })).json).toEqual({ customFlag: "on" });
    expect((await callApi(emu.url, "/api/2.0/workspace-conf", { token })).status).toBe(400);
  });

  it("lets admins PATCH values, stored exactly as sent", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    const res = await callApi(emu.url, "/api/2.0/workspace-conf", {
      method: "PATCH",
      token: admin,
      body: { maxTokenLifetimeDays: "30", enableIpAccessLists: "TRue" },
    });
    expect(res.status).toBe(204);
    const read = await callApi(emu.url, "/api/2.0/workspace-conf?keys=maxTokenLifetimeDays,enableIpAccessLists", { token: admin });
    expect(read.json).toEqual({ maxTokenLifetimeDays: "30", enableIpAccessLists: "TRue" });
    const over = await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token: admin, body: { lifetime_seconds: 31 * 86_400 } });
    expect(over.status).toBe(400);
  });

  it("refuses PATCH from non-admins, unknown keys and disallowed values, changing nothing", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    const user = emu.mintToken({ userName: "user@example.com" });
    const patch = (token: string, body: unknown) => callApi(emu.url, "/api/2.0/workspace-conf", { method: "PATCH", token, body });
    const denied = await patch(user, { enableTokensConfig: "false" });
    expect(denied.status).toBe(403);
    expect(denied.json).toMatchObject({ error_code: "PERMISSION_DENIED" });
    expect((await patch(admin, { nope: "1" })).json).toMatchObject({ message: 'Invalid keys: ["nope"]' });
    for (const body of [{ enableTokensConfig: "maybe" }, { maxTokenLifetimeDays: "731" }, { maxTokenLifetimeDays: "-1" }, { enableTokensConfig: false }]) {
      const res = await patch(admin, { maxTokenLifetimeDays: "10", ...body });
      expect(res.status).toBe(400);
      expect((res.json as { message: string }).message).toMatch(/^Some values are not allowed: \{/);
    }
    const read = await callApi(emu.url, "/api/2.0/workspace-conf?keys=enableTokensConfig,maxTokenLifetimeDays", { token: user });
    expect(read.json).toEqual({ enableTokensConfig: "true", maxTokenLifetimeDays: "730" });
  });
});
