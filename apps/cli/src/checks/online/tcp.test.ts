import { describe, expect, it } from "vitest";
import { tcp } from "./tcp.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";
import { closedPort } from "@dbcfg/workspace-emulator/testing";

describe("tcp", () => {
  it("connects to the emulator", async () => {
    const env = await startEmulatorHome();
    try {
      const { runOneCheck } = await import("../../test-support/doctor-harness.js");
      const [finding] = await runOneCheck(tcp, env.cli);
      expect(finding).toMatchObject({ id: "tcp", status: "pass" });
      expect(finding!.message).toMatch(/^Connected to 127\.0\.0\.1:\d+\.$/);
    } finally {
      await env.close();
    }
  });

  it("classifies a refused port", async () => {
    const port = await closedPort();
    const [finding] = await checkConfig(tcp, await loadFixture("online", "emulator.databrickscfg", { URL: `http://127.0.0.1:${port}` }));
    expect(finding).toMatchObject({ status: "fail", message: `127.0.0.1:${port} refused the connection: nothing is listening there.` });
  });
});

describe("tcp through a proxy", () => {
  it("connects to the proxy, not the workspace, and says so", async () => {
    const { startProxiedWorkspace } = await import("../../test-support/proxied-workspace.js");
    const { runOneCheck } = await import("../../test-support/doctor-harness.js");
    const ws = await startProxiedWorkspace();
    try {
      const [finding] = await runOneCheck(tcp, ws.cli({ HTTPS_PROXY: ws.proxy.url }));
      expect(finding).toMatchObject({
        status: "pass",
        message: `Connected to the proxy 127.0.0.1:${ws.proxy.port} (via proxy ${ws.proxy.url} (from HTTPS_PROXY)).`,
      });
    } finally {
      await ws.close();
    }
  });

  it("connects to a loopback workspace directly, saying that loopback is never proxied", async () => {
    const env = await startEmulatorHome({ env: { HTTP_PROXY: "http://127.0.0.1:9" } });
    try {
      const { runOneCheck } = await import("../../test-support/doctor-harness.js");
      const [finding] = await runOneCheck(tcp, env.cli);
      expect(finding!.message).toMatch(/^Connected to 127\.0\.0\.1:\d+ \(not proxied: 127\.0\.0\.1 is a loopback host, which is never proxied\)\.$/);
    } finally {
      await env.close();
    }
  });

  it("fails an unreachable proxy, naming it with the password masked", async () => {
    const port = await closedPort();
    const password = "pw-" + Math.random().toString(36).slice(2, 10);
    const [finding] = await checkConfig(tcp, await loadFixture("online", "emulator.databrickscfg", { URL: "https://workspace.dbcfg.test" }), {
      env: { HTTPS_PROXY: `http://alice:${password}@127.0.0.1:${port}` },
    });
    expect(finding).toMatchObject({
      status: "fail",
      message: `Could not connect to the proxy 127.0.0.1:${port} (via proxy http://alice:***@127.0.0.1:${port} (from HTTPS_PROXY)) (ECONNREFUSED): no request reaches workspace.dbcfg.test.`,
      fix: "Check the proxy host and port in HTTPS_PROXY (is the proxy running, is a VPN needed?), or unset it if this network needs no proxy.",
    });
    expect(JSON.stringify(finding)).not.toContain(password);
  });
});
