import { describe, expect, it } from "vitest";
import { tokenLifetimePolicy } from "./token-lifetime-policy.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

describe("token-lifetime-policy", () => {
  it("reports the workspace maximum", async () => {
    const env = await startEmulatorHome({ seed: { workspaceConf: { maxTokenLifetimeDays: "90" } } });
    try {
      const [finding] = await runOneCheck(tokenLifetimePolicy, env.cli);
      expect(finding).toMatchObject({ id: "token-lifetime-policy", status: "pass", message: `New tokens in ${env.emulator.url} live at most 90 days.` });
    } finally {
      await env.close();
    }
  });

  it("warns when there is no maximum (0)", async () => {
    const env = await startEmulatorHome({ seed: { workspaceConf: { maxTokenLifetimeDays: "0" } } });
    try {
      const [finding] = await runOneCheck(tokenLifetimePolicy, env.cli);
      expect(finding).toMatchObject({ status: "warn", message: `${env.emulator.url} sets no maximum token lifetime: new tokens may never expire.` });
    } finally {
      await env.close();
    }
  });
});
