import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";

let emu: Emulator;
afterEach(async () => {
  await emu.close();
});

const ME = "/api/2.0/preview/scim/v2/Me";
const LIST = "/api/2.0/token/list";
const CONF = "/api/2.0/workspace-conf?keys=enableTokensConfig";
const denied = (scope: string) => ({ error_code: 403, message: `Provided access token does not have required scopes: ${scope}` });

describe("scoped tokens", () => {
  it("refuses an operation outside the token's scopes with the real 403 body, and allows SCIM Me for any scope", async () => {
    emu = await startEmulator();
    const sqlOnly = emu.mintToken({ scopes: ["sql"] });
    const list = await callApi(emu.url, LIST, { token: sqlOnly });
    expect([list.status, list.json]).toEqual([403, denied("authentication")]);
    const me = await callApi(emu.url, ME, { token: sqlOnly });
    expect(me.status).toBe(200);
  });

  it("grants an operation to its scope, to all-apis and to an unscoped token", async () => {
    emu = await startEmulator();
    for (const scopes of [["authentication"], ["sql", "all-apis"], undefined]) {
      const token = emu.mintToken(scopes === undefined ? {} : { scopes });
      expect((await callApi(emu.url, LIST, { token })).status).toBe(200);
    }
  });

  it("limits a :read modifier to GET", async () => {
    emu = await startEmulator();
    const reader = emu.mintToken({ scopes: ["authentication:read"] });
    expect((await callApi(emu.url, LIST, { token: reader })).status).toBe(200);
    const create = await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token: reader, body: {} });
    expect([create.status, create.json]).toEqual([403, denied("authentication")]);
  });

  it("workspace-conf needs the settings scope", async () => {
    emu = await startEmulator();
    const token = emu.mintToken({ scopes: ["authentication"] });
    expect((await callApi(emu.url, CONF, { token })).json).toEqual(denied("settings"));
  });

  it("creates scoped and autoscoped tokens and reports scopes and autoscope_state in token infos", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    const created = await callApi(emu.url, "/api/2.0/token/create", {
      method: "POST",
      token: admin,
      body: { comment: "bi", scopes: ["sql", "unity-catalog"] },
    });
    expect((created.json as { token_info: unknown }).token_info).toMatchObject({ comment: "bi", scopes: ["sql", "unity-catalog"] });
    const auto = await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token: admin, body: { scopes: ["sql"], autoscope_enabled: true } });
    const autoToken = (auto.json as { token_value: string }).token_value;
    expect((auto.json as { token_info: unknown }).token_info).toMatchObject({ autoscope_state: "AUTOSCOPE_STATE_RUNNING" });
    expect((await callApi(emu.url, LIST, { token: autoToken })).status).toBe(200);
    const bad = await callApi(emu.url, "/api/2.0/token/create", { method: "POST", token: admin, body: { scopes: "sql" } });
    expect([bad.status, (bad.json as { error_code: string }).error_code]).toEqual([400, "INVALID_PARAMETER_VALUE"]);
  });

  it("seeds scoped tokens", async () => {
    const value = "dapi" + "5c".repeat(16);
    emu = await startEmulator({ seed: { tokens: [{ userName: "admin@example.com", value, scopes: ["jobs"] }] } });
    expect((await callApi(emu.url, LIST, { token: value })).json).toEqual(denied("authentication"));
    await expect(startEmulator({ seed: { tokens: [{ userName: "admin@example.com", scopes: [""] }] } })).rejects.toThrow(/seed\.tokens\[0\]\.scopes\[0\]/);
  });
});
