import { describe, expect, it } from "vitest";
import { ipAccessList } from "./ip-access-list.js";
import { tokenValid } from "./token-valid.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

describe("ip-access-list", () => {
  it("fails with the blocked address and a network fix, and token-valid does not say 'renew'", async () => {
    const env = await startEmulatorHome({ seed: { workspaceId: 4242, blockedAddresses: ["127.0.0.1"] } });
    try {
      const [finding] = await runOneCheck(ipAccessList, env.cli);
      expect(finding).toMatchObject({ id: "ip-access-list", status: "fail", profile: "DEFAULT" });
      expect(finding!.message).toBe(
        `${env.emulator.url} refuses requests from 127.0.0.1: it is not on the workspace's IP access list (403 "Source IP address: 127.0.0.1 is blocked by Databricks IP ACL for workspace: 4242"). The token was not even checked: this is the network, not the token.`,
      );
      expect(finding!.fix).toMatch(/^Connect through your organisation's VPN .* add 127\.0\.0\.1 to the IP access list .*GET \/api\/2\.0\/ip-access-lists/);
      const [valid] = await runOneCheck(tokenValid, env.cli);
      expect(valid).toMatchObject({
        status: "skip",
        message: "Skipped: the workspace's IP access list refused this network before the token was checked; see ip-access-list.",
      });
      expect(JSON.stringify([finding, valid])).not.toContain(env.token.slice(4));
    } finally {
      await env.close();
    }
  });

  it("passes when the address is allowed, and defers to token-valid for a rejected token", async () => {
    const env = await startEmulatorHome({ seed: { blockedAddresses: ["203.0.113.7"] } });
    try {
      const [finding] = await runOneCheck(ipAccessList, env.cli);
      expect(finding).toMatchObject({ status: "pass", message: `${env.emulator.url} accepts requests from this network (no IP access list refusal).` });
      env.emulator.clock.advance(31 * 86_400_000);
      const [expired] = await runOneCheck(ipAccessList, env.cli);
      expect(expired).toMatchObject({ status: "skip", message: "Skipped: token-valid did not pass." });
    } finally {
      await env.close();
    }
  });

  it("skips without a token and when nothing answers", async () => {
    const env = await startEmulatorHome({ fixture: ["ip-access-list", "no-token.databrickscfg"] });
    try {
      expect((await runOneCheck(ipAccessList, env.cli))[0]).toMatchObject({ status: "skip", message: "Skipped: [DEFAULT] has no token to send." });
    } finally {
      await env.close();
    }
  });
});
