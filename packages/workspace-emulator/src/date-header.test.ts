import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

describe("Date header", () => {
  it("is the emulator clock as an IMF-fixdate on every answer: API, errors, token endpoints and faults", async () => {
    emu = await startEmulator({ now: () => Date.UTC(2026, 0, 1, 8, 30, 5) });
    const token = emu.mintToken();
    const ok = await callApi(emu.url, "/api/2.0/token/list", { token });
    expect(ok.headers.date).toBe("Thu, 01 Jan 2026 08:30:05 GMT");
    emu.clock.advance(36 * 3600 * 1000);
    const later = "Fri, 02 Jan 2026 20:30:05 GMT";
    expect((await callApi(emu.url, "/api/2.0/nope", { token })).headers.date).toBe(later);
    expect((await callApi(emu.url, "/api/2.0/token/list")).headers.date).toBe(later);
    expect((await callApi(emu.url, "/oidc/.well-known/oauth-authorization-server")).headers.date).toBe(later);
    emu.faults.add({ path: "/oidc/v1/token", status: 503, times: 1 });
    expect((await callApi(emu.url, "/oidc/v1/token", { method: "POST", form: {} })).headers.date).toBe(later);
  });
});
