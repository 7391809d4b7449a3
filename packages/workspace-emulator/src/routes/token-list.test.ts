import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";

const T0 = Date.UTC(2026, 2, 1);
const DAY_MS = 86_400_000;
let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

describe("GET /api/2.0/token/list", () => {
  it("lists only the caller's valid tokens, oldest first, as PublicTokenInfo", async () => {
    emu = await startEmulator({
      now: () => T0,
      seed: {
        tokens: [
          { userName: "admin@example.com", comment: "never expires", creationTime: T0 - 5 * DAY_MS },
          { userName: "admin@example.com", comment: "expires in 3 days", creationTime: T0 - DAY_MS, expiryTime: T0 + 3 * DAY_MS },
          { userName: "admin@example.com", comment: "expired", creationTime: T0 - 9 * DAY_MS, expiryTime: T0 - DAY_MS },
          { userName: "user@example.com", comment: "someone else's" },
        ],
      },
    });
    const token = emu.mintToken({ comment: "caller" });
    const res = await callApi(emu.url, "/api/2.0/token/list", { token });
    expect(res.status).toBe(200);
    const infos = (res.json as { token_infos: Record<string, unknown>[] }).token_infos;
    expect(infos.map((info) => info.comment)).toEqual(["never expires", "expires in 3 days", "caller"]);
    expect(infos[0]).toEqual({ token_id: expect.stringMatching(/^[0-9a-f]{64}$/), creation_time: T0 - 5 * DAY_MS, expiry_time: -1, comment: "never expires" });
    expect(Object.keys(infos[2] ?? {})).not.toContain("last_used_day");
  });

  it("drops a token from the list at the moment it expires", async () => {
    emu = await startEmulator({ now: () => T0 });
    const token = emu.mintToken({ comment: "caller" });
    emu.mintToken({ comment: "short", lifetimeSeconds: 10 });
    const comments = async () =>
      ((await callApi(emu.url, "/api/2.0/token/list", { token })).json as { token_infos: { comment: string }[] }).token_infos.map((info) => info.comment);
    expect(await comments()).toEqual(["caller", "short"]);
    emu.clock.advance(9_999);
    expect(await comments()).toEqual(["caller", "short"]);
    emu.clock.advance(1);
    expect(await comments()).toEqual(["caller"]);
  });
});
