import { describe, expect, it } from "vitest";
import { tokensEnabled } from "./tokens-enabled.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

describe("tokens-enabled", () => {
  it("passes when workspace-conf says tokens are enabled", async () => {
    const env = await startEmulatorHome();
    try {
      const [finding] = await runOneCheck(tokensEnabled, env.cli);
      expect(finding).toMatchObject({ id: "tokens-enabled", status: "pass", message: `Personal access tokens are enabled in ${env.emulator.url}.` });
    } finally {
      await env.close();
    }
  });

  it("fails when workspace-conf reports enableTokensConfig = false", async () => {
    const env = await startEmulatorHome({ faults: [{ path: "/api/2.0/workspace-conf", json: { enableTokensConfig: "false" } }] });
    try {
      const [finding] = await runOneCheck(tokensEnabled, env.cli);
      expect(finding).toMatchObject({ status: "fail", message: `Personal access tokens are disabled in ${env.emulator.url} (enableTokensConfig = false).` });
    } finally {
      await env.close();
    }
  });

  it("is skipped when the token itself is rejected (tokens disabled)", async () => {
    const env = await startEmulatorHome({ seed: { workspaceConf: { enableTokensConfig: "false" } } });
    try {
      const [finding] = await runOneCheck(tokensEnabled, env.cli);
      expect(finding).toMatchObject({ status: "skip", message: "Skipped: token-valid did not pass." });
    } finally {
      await env.close();
    }
  });
});
