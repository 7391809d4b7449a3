import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";
import { createHash } from "node:crypto";

let emu: Emulator;
const idOf = (value: string) => createHash("sha256").update(value).digest("hex");

afterEach(async () => {
  await emu.close();
});

describe("POST /api/2.0/token/delete", () => {
  it("revokes the caller's token: {} then the token no longer authenticates or lists", async () => {
    emu = await startEmulator();
    const caller = emu.mintToken();
    const victim = emu.mintToken();
    const res = await callApi(emu.url, "/api/2.0/token/delete", { method: "POST", token: caller, body: { token_id: idOf(victim) } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({});
    const me = await callApi(emu.url, "/api/2.0/preview/scim/v2/Me", { token: victim });
    expect(me.status).toBe(403);
    const list = (await callApi(emu.url, "/api/2.0/token/list", { token: caller })).json as { token_infos: { token_id: string }[] };
    expect(list.token_infos.map((info) => info.token_id)).toEqual([idOf(caller)]);
  });

  it("lets a token revoke itself", async () => {
    emu = await startEmulator();
    const token = emu.mintToken();
    expect((await callApi(emu.url, "/api/2.0/token/delete", { method: "POST", token, body: { token_id: idOf(token) } })).status).toBe(200);
    expect((await callApi(emu.url, "/api/2.0/token/list", { token })).status).toBe(403);
  });

  it("answers 404 RESOURCE_DOES_NOT_EXIST for an unknown id, another user's token, or a repeat delete", async () => {
    emu = await startEmulator();
    const caller = emu.mintToken();
    const others = emu.mintToken({ userName: "user@example.com" });
    for (const tokenId of ["0".repeat(64), idOf(others)]) {
      const res = await callApi(emu.url, "/api/2.0/token/delete", { method: "POST", token: caller, body: { token_id: tokenId } });
      expect(res.status).toBe(404);
      expect(res.json).toEqual({
        error_code: "RESOURCE_DOES_NOT_EXIST",
        message: `Token with ID ${tokenId} does not exist`,
        details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: res.headers["x-request-id"], serving_data: "" }],
      });
    }
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: others })).status).toBe(200);
  });

  it("requires token_id", async () => {
    emu = await startEmulator();
    const res = await callApi(emu.url, "/api/2.0/token/delete", { method: "POST", token: emu.mintToken(), body: {} });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error_code: "INVALID_PARAMETER_VALUE", message: "Missing required field: token_id" });
  });
});
