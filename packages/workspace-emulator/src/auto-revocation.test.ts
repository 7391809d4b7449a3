import { afterEach, describe, expect, it } from "vitest";
import { INACTIVE_TOKEN_REVOCATION_MS, startEmulator, type Emulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";
import { randomBytes } from "node:crypto";

const T0 = Date.UTC(2026, 6, 1, 8);
const DAY_MS = 86_400_000;
let emu: Emulator;
const freshValue = () => `dapi${randomBytes(16).toString("hex")}`;

afterEach(async () => {
  await emu.close();
});

describe("revocation of tokens unused for 90 days", () => {
  it("revokes a token last used 70 days ago once the clock passes 90 days since that use", async () => {
    const value = freshValue();
    emu = await startEmulator({
      now: () => T0,
      seed: { tokens: [{ userName: "user@example.com", value, comment: "unused 70 days", creationTime: T0 - 200 * DAY_MS, lastUsedTime: T0 - 70 * DAY_MS }] },
    });
    const admin = emu.mintToken({ lifetimeSeconds: 365 * 86_400 });
    const listed = async () =>
      (((await callApi(emu.url, "/api/2.0/token-management/tokens", { token: admin })).json as { token_infos?: { comment?: string }[] }).token_infos ?? []).map(
        (info) => info.comment,
      );
    expect(await listed()).toContain("unused 70 days");
    emu.clock.advance(INACTIVE_TOKEN_REVOCATION_MS - 70 * DAY_MS);
    expect(INACTIVE_TOKEN_REVOCATION_MS).toBe(90 * DAY_MS);
    expect(await listed()).toContain("unused 70 days");
    emu.clock.advance(1);
    expect(await listed()).not.toContain("unused 70 days");
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: value })).status).toBe(403);
  });

  it("counts from creation for a never-used token, and a use restarts the 90 days", async () => {
    const idle = freshValue();
    const busy = freshValue();
    emu = await startEmulator({
      now: () => T0,
      seed: {
        tokens: [
          { userName: "user@example.com", value: idle },
          { userName: "user@example.com", value: busy },
        ],
      },
    });
    emu.clock.advance(60 * DAY_MS);
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: busy })).status).toBe(200);
    emu.clock.advance(30 * DAY_MS + 1);
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: idle })).status).toBe(403);
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: busy })).status).toBe(200);
    emu.clock.advance(90 * DAY_MS + 1);
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: busy })).status).toBe(403);
  });

  it("applies to tokens that never expire and frees their quota", async () => {
    emu = await startEmulator({
      now: () => T0,
      seed: { tokens: Array.from({ length: 600 }, () => ({ userName: "user@example.com", creationTime: T0 - 91 * DAY_MS })) },
    });
    const user = emu.mintToken({ userName: "user@example.com" });
    const list = (await callApi(emu.url, "/api/2.0/token/list", { token: user })).json as { token_infos: unknown[] };
    expect(list.token_infos).toHaveLength(1);
  });
});
