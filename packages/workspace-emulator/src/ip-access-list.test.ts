import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";

let emu: Emulator;
afterEach(async () => {
  await emu.close();
});

const ME = "/api/2.0/preview/scim/v2/Me";

describe("IP access list", () => {
  it("refuses a blocked client address before authentication, with the real IP ACL body", async () => {
    emu = await startEmulator({ seed: { workspaceId: 1234, blockedAddresses: ["127.0.0.1"] } });
    const token = emu.mintToken();
    for (const credentials of [{ token }, {}]) {
      const res = await callApi(emu.url, ME, credentials);
      expect([res.status, res.json]).toEqual([
        403,
        { error_code: 403, message: "Source IP address: 127.0.0.1 is blocked by Databricks IP ACL for workspace: 1234" },
      ]);
    }
  });

  it("lets other addresses through and can be changed while running", async () => {
    emu = await startEmulator({ seed: { blockedAddresses: ["203.0.113.7"] } });
    const token = emu.mintToken();
    expect((await callApi(emu.url, ME, { token })).status).toBe(200);
    emu.setBlockedAddresses(["::ffff:127.0.0.1"]);
    expect((await callApi(emu.url, ME, { token })).status).toBe(403);
    emu.setBlockedAddresses([]);
    expect((await callApi(emu.url, ME, { token })).status).toBe(200);
    expect(() => emu.setBlockedAddresses([""])).toThrow(/setBlockedAddresses\.blockedAddresses\[0\]/);
  });
});
