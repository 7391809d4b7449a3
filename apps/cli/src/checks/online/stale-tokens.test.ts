import { describe, expect, it } from "vitest";
import { staleTokens } from "./stale-tokens.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);

describe("stale-tokens", () => {
  it("lists tokens unused for over 60 days, using the emulator clock", async () => {
    const env = await startEmulatorHome({
      now: () => T0,
      lifetimeDays: 365,
      seed: { tokens: [{ userName: "user@example.com", comment: "old experiment", creationTime: T0 - 10 * DAY, lastUsedTime: T0 - DAY }] },
    });
    try {
      const [fresh] = await runOneCheck(staleTokens, env.cli);
      expect(fresh).toMatchObject({ id: "stale-tokens", status: "pass" });
      env.emulator.clock.advance(70 * DAY);
      const [finding] = await runOneCheck(staleTokens, env.cli);
      expect(finding!.status).toBe("warn");
      expect(finding!.message).toBe('1 token unused for over 60 days: "old experiment" of user@example.com (last used 71 days ago, revoked in 19 days).');
    } finally {
      await env.close();
    }
  });

  it("is skipped without admin rights", async () => {
    const env = await startEmulatorHome({ userName: "user@example.com" });
    try {
      const [finding] = await runOneCheck(staleTokens, env.cli);
      expect(finding).toMatchObject({ status: "skip", message: "Skipped: listing every token needs workspace admin rights." });
    } finally {
      await env.close();
    }
  });
});
