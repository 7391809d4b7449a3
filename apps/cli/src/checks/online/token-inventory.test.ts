import { describe, expect, it } from "vitest";
import { tokenInventory } from "./token-inventory.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 5, 1);

describe("token-inventory", () => {
  it("passes when every token expires and none soon", async () => {
    const env = await startEmulatorHome({ now: () => T0 });
    try {
      const [finding] = await runOneCheck(tokenInventory, env.cli);
      expect(finding).toMatchObject({ id: "token-inventory", status: "pass", message: "You hold 1 token; all expire, none within 14 days." });
    } finally {
      await env.close();
    }
  });

  it("lists never-expiring and soon-expiring tokens", async () => {
    const env = await startEmulatorHome({
      now: () => T0,
      seed: {
        tokens: [
          { userName: "admin@example.com", comment: "forever", expiryTime: -1 },
          { userName: "admin@example.com", comment: "soon", expiryTime: T0 + 5 * DAY },
          { userName: "user@example.com", comment: "someone else's", expiryTime: -1 },
        ],
      },
    });
    try {
      const findings = await runOneCheck(tokenInventory, env.cli);
      expect(findings.map((f) => [f.status, f.message])).toEqual([
        ["warn", '1 of your tokens never expire: "forever".'],
        ["warn", 'Token "soon" expires in 5 days.'],
      ]);
    } finally {
      await env.close();
    }
  });

  it("counts against the 600-token quota", async () => {
    const tokens = Array.from({ length: 559 }, (_, i) => ({ userName: "admin@example.com", comment: `t${i}`, expiryTime: T0 + 100 * DAY }));
    const env = await startEmulatorHome({ now: () => T0, seed: { tokens } });
    try {
      const [finding] = await runOneCheck(tokenInventory, env.cli);
      expect(finding).toMatchObject({ status: "warn", message: "You hold 560 of at most 600 tokens." });
    } finally {
      await env.close();
    }
  });
});
