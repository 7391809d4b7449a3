import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "@dbcfg/workspace-emulator";
import { closedPort, createTestCertificates } from "@dbcfg/workspace-emulator/testing";
import { loadFixture } from "../test-support/doctor-harness.js";
import { startProxiedWorkspace, type ProxiedWorkspace } from "../test-support/proxied-workspace.js";
import { requireBuiltCli, runBuiltCli, type CliRun } from "../test-support/run-built-cli.js";
import { makeHome } from "../test-support/temp-home.js";

beforeAll(() => requireBuiltCli());

let ws: ProxiedWorkspace | undefined;
afterEach(async () => {
  await ws?.close();
  ws = undefined;
});

const cli = (args: string[], env: Record<string, string>) => runBuiltCli(args, { env: { HOME: ws!.home.dir, ...env }, timeoutMs: 60_000 });

/** Text, for "never appears" assertions. */
const all = (run: CliRun) => `${run.stdout}\n${run.stderr}`;

interface JsonFinding {
  id: string;
  status: string;
  message: string;
  fix?: string;
}
const findings = (run: CliRun) => (JSON.parse(run.stdout) as { checks: JsonFinding[] }).checks;
const finding = (run: CliRun, id: string) => findings(run).find((f) => f.id === id);

describe("dbcfg through a real local CONNECT proxy (built CLI)", () => {
  it("token list and doctor reach a workspace only the proxy resolves, with HTTPS_PROXY and SSL_CERT_FILE", async () => {
    ws = await startProxiedWorkspace();
    const env = { HTTPS_PROXY: ws.proxy.url, SSL_CERT_FILE: ws.certs.caCertPath };
    const list = await cli(["token", "list"], env);
    expect(list.code, all(list)).toBe(0);
    expect(ws.proxy.tunnels.length).toBeGreaterThan(0);
    expect(all(list)).not.toContain(ws.token.slice(4));

    const doctor = await cli(["doctor", "--format", "json", "--check", "proxy-reachable,dns,tcp,tls,token-valid,proxy-settings"], env);
    const via = `via proxy ${ws.proxy.url} (from HTTPS_PROXY)`;
    expect(finding(doctor, "proxy-reachable")).toMatchObject({ status: "pass" });
    expect(finding(doctor, "dns")!.message).toContain(via);
    expect(finding(doctor, "tcp")).toMatchObject({ status: "pass", message: `Connected to the proxy 127.0.0.1:${ws.proxy.port} (${via}).` });
    expect(finding(doctor, "tls")!.message).toContain(`(${via})`);
    expect(finding(doctor, "token-valid")).toMatchObject({ status: "pass" });
    expect(all(doctor)).not.toContain(ws.token.slice(4));
  });

  it("with NO_PROXY excluding the host: no tunnel, and the doctor says the host is excluded", async () => {
    ws = await startProxiedWorkspace();
    const env = { HTTPS_PROXY: ws.proxy.url, NO_PROXY: ".dbcfg.test", SSL_CERT_FILE: ws.certs.caCertPath };
    const doctor = await cli(["doctor", "--format", "json", "--timeout", "3000", "--check", "proxy-settings,proxy-reachable,dns"], env);
    expect(finding(doctor, "proxy-settings")!.message).toContain(
      'is not proxied: NO_PROXY entry ".dbcfg.test"; dbcfg and the Databricks CLI connect to it directly.',
    );
    expect(finding(doctor, "proxy-reachable")).toMatchObject({
      status: "skip",
      message: 'Skipped: no proxy applies to workspace.dbcfg.test (NO_PROXY entry ".dbcfg.test").',
    });
    expect(finding(doctor, "dns")).toMatchObject({ status: "fail" });
    expect(finding(doctor, "dns")!.message).toContain('(not proxied: NO_PROXY entry ".dbcfg.test" excludes it from HTTPS_PROXY)');
    const list = await cli(["token", "list"], env);
    expect(list.code).toBe(1);
    expect(list.stderr).toMatch(/does not resolve|EAI_AGAIN|ENOTFOUND/);
    expect(ws.proxy.tunnels).toEqual([]);
  });

  it("with a proxy that requires credentials: works with user:password in HTTPS_PROXY, fails clearly without; the password never appears", async () => {
    const password = "pw-" + Math.random().toString(36).slice(2, 12);
    ws = await startProxiedWorkspace({ credentials: { user: "alice", password } });
    const good = { HTTPS_PROXY: ws.proxy.urlWithCredentials("alice", password), SSL_CERT_FILE: ws.certs.caCertPath };
    const list = await cli(["token", "list"], good);
    expect(list.code, all(list)).toBe(0);
    const doctor = await cli(["doctor", "--format", "json", "--check", "proxy-settings,proxy-reachable,tls,token-valid"], good);
    expect(finding(doctor, "proxy-reachable")!.message).toContain(`http://alice:***@127.0.0.1:${ws.proxy.port}`);
    expect(finding(doctor, "token-valid")).toMatchObject({ status: "pass" });

    const bad = { HTTPS_PROXY: ws.proxy.urlWithCredentials("alice", "not-" + password), SSL_CERT_FILE: ws.certs.caCertPath };
    const refused = await cli(["token", "list"], bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `the proxy http://alice:***@127.0.0.1:${ws.proxy.port} (from HTTPS_PROXY) requires credentials (407 Proxy Authentication Required)`,
    );
    const doctorRefused = await cli(["doctor", "--format", "json", "--check", "proxy-reachable"], bad);
    expect(finding(doctorRefused, "proxy-reachable")).toMatchObject({ status: "fail" });
    for (const run of [list, doctor, refused, doctorRefused]) {
      expect(all(run)).not.toContain(password);
      expect(all(run)).not.toContain(ws.token.slice(4));
    }
  });

  it("with an unreachable proxy: token list and doctor fail naming the proxy (masked)", async () => {
    ws = await startProxiedWorkspace();
    const dead = await closedPort();
    const password = "pw-" + Math.random().toString(36).slice(2, 12);
    const env = { HTTPS_PROXY: `http://alice:${password}@127.0.0.1:${dead}`, SSL_CERT_FILE: ws.certs.caCertPath };
    const list = await cli(["token", "list"], env);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain(`through the proxy http://alice:***@127.0.0.1:${dead} (from HTTPS_PROXY)`);
    const doctor = await cli(["doctor", "--format", "json", "--check", "proxy-reachable,tcp"], env);
    expect(doctor.code).toBe(1);
    expect(finding(doctor, "proxy-reachable")).toMatchObject({ status: "fail" });
    expect(finding(doctor, "proxy-reachable")!.message).toContain(
      `The proxy http://alice:***@127.0.0.1:${dead} (from HTTPS_PROXY) cannot be reached (ECONNREFUSED)`,
    );
    expect(finding(doctor, "tcp")).toMatchObject({ status: "fail" });
    for (const run of [list, doctor]) expect(all(run)).not.toContain(password);
  });
});

describe("a TLS workspace whose CA is given only by SSL_CERT_FILE (built CLI)", () => {
  it("token list and doctor's tls check trust it with SSL_CERT_FILE, and not without", async () => {
    const certs = await createTestCertificates();
    const emulator = await startEmulator({ tls: { key: certs.key, cert: certs.cert } });
    const token = emulator.mintToken({ userName: "admin@example.com" });
    const home = await makeHome(await loadFixture("online", "emulator.databrickscfg", { URL: emulator.url, TOKEN_A: token }));
    try {
      const run = (args: string[], extra: Record<string, string>) => runBuiltCli(args, { env: { HOME: home.dir, ...extra }, timeoutMs: 60_000 });
      const trusted = await run(["token", "list"], { SSL_CERT_FILE: certs.caCertPath });
      expect(trusted.code, all(trusted)).toBe(0);
      const doctor = await run(["doctor", "--format", "json", "--check", "tls,ca-bundle"], { SSL_CERT_FILE: certs.caCertPath });
      expect(finding(doctor, "tls")).toMatchObject({ status: "warn" });
      expect(finding(doctor, "ca-bundle")).toMatchObject({ status: "pass" });
      const untrusted = await run(["token", "list"], {});
      expect(untrusted.code).toBe(1);
      expect(untrusted.stderr).toMatch(/TLS certificate verification failed/);
      for (const r of [trusted, doctor, untrusted]) expect(all(r)).not.toContain(token.slice(4));
    } finally {
      await emulator.close();
      await Promise.all([home.cleanup(), certs.cleanup()]);
    }
  });
});
