import { describe, expect, it } from "vitest";
import { HOST_METADATA_PATH, clockSkew } from "./clock-skew.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

describe("clock-skew", () => {
  it("warns when the local clock is over 5 minutes off the server's Date, and sends no credential", async () => {
    const env = await startEmulatorHome();
    try {
      const serverDate = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));
      env.emulator.faults.add({ path: HOST_METADATA_PATH, headers: { Date: serverDate.toUTCString() } });
      const ahead = fakeContext({ homeDir: env.home.dir, now: () => serverDate.getTime() + 7 * 60_000 });
      const [finding] = await runOneCheck(clockSkew, ahead);
      expect(finding).toMatchObject({
        status: "warn",
        message: `This machine's clock is 7 min ahead of ${env.emulator.url} (local 2026-01-01T12:07:00.000Z, server 2026-01-01T12:00:00.000Z): token expiry dates are off and OAuth tokens are rejected as not yet valid or expired.`,
      });
      const request = env.emulator.requests.filter((r) => r.path === HOST_METADATA_PATH).at(-1);
      expect(request?.headers.authorization).toBeUndefined();
      const inStep = fakeContext({ homeDir: env.home.dir, now: () => serverDate.getTime() + 20_000 });
      expect((await runOneCheck(clockSkew, inStep))[0]).toMatchObject({
        status: "pass",
        message: `This machine's clock is within 20 s of ${env.emulator.url}.`,
      });
    } finally {
      await env.close();
    }
  });
});
