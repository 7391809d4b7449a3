import { inspect } from "node:util";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { startEmulator } from "./index.js";
import { callApi } from "./test-support/call-api.js";

describe("token values never leak", () => {
  it("keeps planted and minted tokens out of responses, the request log, errors and inspect output", async () => {
    const planted = `dapi${randomBytes(16).toString("hex")}`;
    const emu = await startEmulator({ seed: { tokens: [{ userName: "user@example.com", value: planted, comment: "planted" }] } });
    try {
      const admin = emu.mintToken();
      const outputs: string[] = [];
      for (const token of [planted, admin, `${planted}x`]) {
        for (const path of ["/api/2.0/token/list", "/api/2.0/token-management/tokens", "/api/2.0/preview/scim/v2/Me", "/api/2.0/nope"]) {
          const res = await callApi(emu.url, path, { token });
          outputs.push(res.text, JSON.stringify(res.headers));
        }
      }
      emu.faults.add({ path: "/api/2.0/token/list", action: "html-error", times: 1 });
      outputs.push((await callApi(emu.url, "/api/2.0/token/list", { token: planted })).text);
      outputs.push(JSON.stringify(emu.requests), inspect(emu.requests, { depth: 10 }), inspect(emu, { depth: 10, showHidden: true }));
      try {
        emu.mintToken({ userName: planted });
      } catch (error) {
        outputs.push(String(error));
      }
      const all = outputs.join("\n");
      expect(all).toContain("planted");
      expect(all).not.toContain(planted);
      expect(all).not.toContain(admin);
      expect(all).not.toContain(planted.slice(4, 20));
    } finally {
      await emu.close();
    }
  });
});
