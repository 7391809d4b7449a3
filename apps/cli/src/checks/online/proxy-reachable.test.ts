import { describe, expect, it } from "vitest";
import { closedPort } from "@dbcfg/workspace-emulator/testing";
import { proxyReachable } from "./proxy-reachable.js";
import { checkConfig, loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { startProxiedWorkspace } from "../../test-support/proxied-workspace.js";

describe("proxy-reachable", () => {
  it("passes when the proxy opens a tunnel to the workspace, and fails a 407 with the fix, the password never shown", async () => {
    const password = "pw-" + Math.random().toString(36).slice(2, 10);
    const ws = await startProxiedWorkspace({ credentials: { user: "alice", password } });
    try {
      const port = new URL(ws.host).port;
      const [good] = await runOneCheck(proxyReachable, ws.cli({ HTTPS_PROXY: ws.proxy.urlWithCredentials("alice", password) }));
      expect(good).toMatchObject({
        status: "pass",
        message: `The proxy http://alice:***@127.0.0.1:${ws.proxy.port} (from HTTPS_PROXY) opened a tunnel to workspace.dbcfg.test:${port}.`,
      });
      const [refused] = await runOneCheck(proxyReachable, ws.cli({ HTTPS_PROXY: ws.proxy.urlWithCredentials("alice", "wrong") }));
      expect(refused).toMatchObject({
        status: "fail",
        message: `The proxy http://alice:***@127.0.0.1:${ws.proxy.port} (from HTTPS_PROXY) requires credentials (407 Proxy Authentication Required).`,
        fix: `Write them into HTTPS_PROXY: http://user:password@127.0.0.1:${ws.proxy.port} (percent-encode special characters).`,
      });
      expect(JSON.stringify([good, refused])).not.toContain(password);
    } finally {
      await ws.close();
    }
  });

  it("fails an unreachable proxy with a clear fix", async () => {
    const port = await closedPort();
    const [finding] = await checkConfig(proxyReachable, await loadFixture("online", "emulator.databrickscfg", { URL: "https://workspace.dbcfg.test" }), {
      env: { HTTPS_PROXY: `http://127.0.0.1:${port}` },
    });
    expect(finding).toMatchObject({
      status: "fail",
      message: `The proxy http://127.0.0.1:${port} (from HTTPS_PROXY) cannot be reached (ECONNREFUSED): dbcfg's requests to workspace.dbcfg.test go through it and fail.`,
      fix: "Start the proxy or correct HTTPS_PROXY (host and port); if this network needs no proxy, unset it, or add workspace.dbcfg.test to NO_PROXY.",
    });
  });

  it("skips when NO_PROXY excludes the host, saying so, and when offline", async () => {
    const config = await loadFixture("online", "emulator.databrickscfg", { URL: "https://workspace.dbcfg.test" });
    const [excluded] = await checkConfig(proxyReachable, config, { env: { HTTPS_PROXY: "http://127.0.0.1:9", NO_PROXY: "dbcfg.test" } });
    expect(excluded).toMatchObject({ status: "skip", message: 'Skipped: no proxy applies to workspace.dbcfg.test (NO_PROXY entry "dbcfg.test").' });
    const [offline] = await checkConfig(proxyReachable, config, { env: { HTTPS_PROXY: "http://127.0.0.1:9" }, offline: true });
    expect(offline).toMatchObject({ status: "skip", message: "Skipped: --offline." });
  });
});
