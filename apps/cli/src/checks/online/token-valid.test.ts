import { describe, expect, it } from "vitest";
import { tokenValid, ME_PATH } from "./token-valid.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome, type EmulatorHome } from "../../test-support/emulator-home.js";
import type { EmulatorOptions } from "@dbcfg/workspace-emulator";
import { fakePat } from "@dbcfg/pat/testing";

async function withEmulator(
  options: EmulatorOptions & { values?: Record<string, string> },
  test: (env: EmulatorHome & { token: string }) => Promise<void>,
): Promise<void> {
  const env = await startEmulatorHome(options);
  try {
    await test(env);
  } finally {
    await env.close();
  }
}

describe("token-valid", () => {
  it("passes a valid token and names the user (SCIM Me)", () =>
    withEmulator({}, async ({ cli, token }) => {
      const [finding] = await runOneCheck(tokenValid, cli);
      expect(finding).toMatchObject({
        id: "token-valid",
        status: "pass",
        profile: "DEFAULT",
        message: `[DEFAULT] token dapi…${token.slice(-4)} is accepted: authenticated as admin@example.com.`,
      });
    }));

  it("uses the environment's host and token only as a pair", () =>
    withEmulator({}, async ({ home, emulator, token }) => {
      const { fakeContext } = await import("../../test-support/fake-context.js");
      const both = fakeContext({ homeDir: home.dir, env: { DATABRICKS_HOST: emulator.url, DATABRICKS_TOKEN: token } });
      const [finding] = await runOneCheck(tokenValid, both);
      expect(finding!.message).toBe(`DATABRICKS_HOST/DATABRICKS_TOKEN token dapi…${token.slice(-4)} is accepted: authenticated as admin@example.com.`);
      const hostOnly = fakeContext({ homeDir: home.dir, env: { DATABRICKS_CONFIG_PROFILE: "DEFAULT", DATABRICKS_HOST: "http://127.0.0.1:9" } });
      const [profileOnly] = await runOneCheck(tokenValid, hostOnly);
      expect(profileOnly!.message).toMatch(/^\[DEFAULT\] token dapi…[0-9a-f]{4} is accepted/);
    }));

  it("fails an unknown token with 403 Invalid access token", () =>
    withEmulator({}, async ({ cli, home, emulator }) => {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(home.configPath, `[DEFAULT]\nhost = ${emulator.url}\ntoken = ${fakePat()}\n`);
      const [finding] = await runOneCheck(tokenValid, cli);
      expect(finding!.status).toBe("fail");
      expect(finding!.message).toMatch(
        /^Token dapi…[0-9a-f]{4} is rejected \(403 "Invalid access token\."\): it is invalid, expired, revoked \(tokens unused for 90 days are revoked automatically\)/,
      );
    }));

  it("fails a token that expired (emulator clock moved past its lifetime)", () =>
    withEmulator({}, async ({ cli, emulator }) => {
      emulator.clock.advance(31 * 86400 * 1000);
      const [finding] = await runOneCheck(tokenValid, cli);
      expect(finding!.status).toBe("fail");
      expect(finding!.message).toContain('is rejected (403 "Invalid access token.")');
    }));

  it("fails when the host answers with a login page", () =>
    withEmulator({ faults: [{ path: ME_PATH, action: "login-page" }] }, async ({ cli }) => {
      const [finding] = await runOneCheck(tokenValid, cli);
      expect(finding!.status).toBe("fail");
      expect(finding!.message).toContain("answered with an HTML login page instead of JSON");
    }));

  it("recognises 'tokens are disabled' answers", () =>
    withEmulator(
      { faults: [{ path: ME_PATH, status: 403, json: { error_code: "PERMISSION_DENIED", message: "API tokens are disabled for user" } }] },
      async ({ cli }) => {
        const [finding] = await runOneCheck(tokenValid, cli);
        expect(finding).toMatchObject({
          status: "fail",
          fix: "Ask a workspace admin to enable tokens for you (Can Use permission), or switch to OAuth (databricks auth login).",
        });
        expect(finding!.message).toContain('refuses personal access tokens: "API tokens are disabled for user"');
      },
    ));

  it("mentions disabled tokens when the workspace turned PATs off (403 Invalid access token)", () =>
    withEmulator({ seed: { workspaceConf: { enableTokensConfig: "false" } } }, async ({ cli }) => {
      const [finding] = await runOneCheck(tokenValid, cli);
      expect(finding!.message).toContain("or tokens are disabled in this workspace");
    }));

  it("warns (does not fail) on a transient 503", () =>
    withEmulator({ faults: [{ path: ME_PATH, status: 503, json: { error_code: "TEMPORARILY_UNAVAILABLE", message: "try later" } }] }, async ({ cli }) => {
      const [finding] = await runOneCheck(tokenValid, cli);
      expect(finding).toMatchObject({ status: "warn" });
    }));

  it("turns a hung server into a fail after the timeout, without hanging", () =>
    withEmulator({ faults: [{ path: ME_PATH, action: "hang" }] }, async ({ cli }) => {
      const [finding] = await runOneCheck(tokenValid, cli, { timeoutMs: 300 });
      expect(finding!.status).toBe("fail");
      expect(finding!.message).toMatch(/Timed out after 300 ms|no complete response within 300 ms/);
    }));
});
