import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";

let emu: Emulator;
afterEach(async () => {
  await emu.close();
});

async function listed(token: string): Promise<Record<string, unknown>[]> {
  return ((await callApi(emu.url, "/api/2.0/token/list", { token })).json as { token_infos: Record<string, unknown>[] }).token_infos;
}

describe("PATCH /api/2.0/token/{token_id}", () => {
  it("changes only what update_mask names, and the new scopes apply at once", async () => {
    emu = await startEmulator();
    const owner = emu.mintToken();
    const scoped = emu.mintToken({ comment: "before", scopes: ["sql"] });
    const id = (await listed(owner)).find((t) => t.comment === "before")!.token_id as string;
    const patch = (body: unknown) => callApi(emu.url, `/api/2.0/token/${id}`, { method: "PATCH", token: owner, body });
    expect((await patch({ token: { comment: "after", scopes: ["jobs"] }, update_mask: "comment" })).json).toEqual({});
    expect((await listed(owner)).find((t) => t.token_id === id)).toMatchObject({ comment: "after", scopes: ["sql"] });
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: scoped })).status).toBe(403);
    expect((await patch({ token: { scopes: ["authentication", "sql"] }, update_mask: "scopes" })).status).toBe(200);
    expect((await listed(scoped)).find((t) => t.token_id === id)).toMatchObject({ comment: "after", scopes: ["authentication", "sql"] });
  });

  it("answers NOT_FOUND for an unknown or foreign token and 400 for a bad mask", async () => {
    emu = await startEmulator();
    const admin = emu.mintToken();
    const user = emu.mintToken({ userName: "user@example.com" });
    const [adminInfo] = await listed(admin);
    const foreign = await callApi(emu.url, `/api/2.0/token/${adminInfo!.token_id as string}`, {
      method: "PATCH",
      token: user,
      body: { token: { comment: "x" }, update_mask: "comment" },
    });
    expect([foreign.status, (foreign.json as { error_code: string }).error_code]).toEqual([404, "NOT_FOUND"]);
    const mask = await callApi(emu.url, `/api/2.0/token/${adminInfo!.token_id as string}`, {
      method: "PATCH",
      token: admin,
      body: { token: {}, update_mask: "expiry_time" },
    });
    expect([mask.status, (mask.json as { error_code: string }).error_code]).toEqual([400, "INVALID_PARAMETER_VALUE"]);
  });
});
