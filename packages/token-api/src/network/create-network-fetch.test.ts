import dns from "node:dns";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "@dbcfg/workspace-emulator";
import { closedPort, createTestCertificates, type TestCertificates } from "@dbcfg/workspace-emulator/testing";
import { createTokenClient } from "../create-token-client.js";
import { startConnectProxy, type ConnectProxy } from "../test-support/connect-proxy.js";
import { createNetworkFetch } from "./create-network-fetch.js";
import { isProxyRoute, proxyFor } from "./proxy-for.js";

/** Names that resolve only inside these tests (and only the proxy resolves them in production code paths). */
const NAMES = ["workspace.dbcfg.test", "sub.workspace.dbcfg.test", "notworkspace.dbcfg.test"];

let certs: TestCertificates;
let emulator: Emulator;
let port: string;

beforeAll(async () => {
  certs = await createTestCertificates(undefined, { subjectAltName: `IP:127.0.0.1,${NAMES.map((n) => `DNS:${n}`).join(",")}` });
  emulator = await startEmulator({ tls: { key: certs.key, cert: certs.cert } });
  port = new URL(emulator.url).port;
});

afterAll(async () => {
  await emulator.close();
  await certs.cleanup();
});

const proxies: ConnectProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
});

async function proxy(options: Parameters<typeof startConnectProxy>[0] = {}): Promise<ConnectProxy> {
  const started = await startConnectProxy({ hosts: Object.fromEntries(NAMES.map((n) => [n, "127.0.0.1"])), ...options });
  proxies.push(started);
  return started;
}

const meUrl = (host: string) => `https://${host}:${port}/api/2.0/preview/scim/v2/Me`;

describe("createNetworkFetch", () => {
  it("tunnels through HTTPS_PROXY to a name only the proxy resolves, trusting the CA named by SSL_CERT_FILE", async () => {
    const p = await proxy();
    const token = emulator.mintToken();
    const client = createTokenClient({
      host: `https://workspace.dbcfg.test:${port}`,
      token,
      fetch: createNetworkFetch({ env: { HTTPS_PROXY: p.url, SSL_CERT_FILE: certs.caCertPath } }),
      retry: { maxAttempts: 1 },
    });
    const me = await client.currentUser.me();
    expect(me.userName).toMatch(/\S/);
    expect(p.tunnels).toEqual([`workspace.dbcfg.test:${port}`]);
  });

  it("sends user:password from the proxy URL as Proxy-Authorization, and names the proxy (masked) on a 407", async () => {
    const password = "pw-" + Math.random().toString(36).slice(2, 10);
    const p = await proxy({ credentials: { user: "alice", password } });
    const ok = await createNetworkFetch({ env: { HTTPS_PROXY: p.urlWithCredentials("alice", password), SSL_CERT_FILE: certs.caCertPath } })(
      meUrl("workspace.dbcfg.test"),
    );
    expect(ok.status).toBe(401);
    expect(p.tunnels).toHaveLength(1);

    const wrong = "wrong-" + password;
    const failure = await createNetworkFetch({ env: { HTTPS_PROXY: p.urlWithCredentials("alice", wrong), SSL_CERT_FILE: certs.caCertPath } })(
      meUrl("workspace.dbcfg.test"),
    ).catch((error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(TypeError);
    const cause = (failure as Error).cause as Error & { code: string };
    expect(cause.code).toBe("PROXY_AUTH_REQUIRED");
    expect(cause.message).toBe(
      `the proxy http://alice:***@127.0.0.1:${p.port} (from HTTPS_PROXY) requires credentials (407 Proxy Authentication Required): write them into HTTPS_PROXY as http://user:password@host:port`,
    );
    expect(JSON.stringify([cause.message, String(failure)])).not.toContain(wrong);
    expect(p.refusedForCredentials).toBe(1);
  });

  it("fails with ECONNREFUSED naming the proxy when nothing listens there", async () => {
    const dead = await closedPort();
    const failure = await createNetworkFetch({ env: { https_proxy: `127.0.0.1:${dead}` } })(meUrl("workspace.dbcfg.test")).catch(
      (error: unknown) => error as Error,
    );
    const cause = (failure as Error).cause as Error & { code: string };
    expect(cause.code).toBe("ECONNREFUSED");
    expect(cause.message).toMatch(new RegExp(`, through the proxy http://127\\.0\\.0\\.1:${dead} \\(from https_proxy\\)$`));
  });

  it.each(["SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "NODE_EXTRA_CA_CERTS"])("trusts the CA named by %s alone, added to the default roots", async (variable) => {
    const response = await createNetworkFetch({ env: { [variable]: certs.caCertPath } })(meUrl("127.0.0.1"));
    expect(response.status).toBe(401);
  });

  it("without an extra CA the emulator's certificate is not trusted", async () => {
    const failure = await createNetworkFetch({ env: {} })(meUrl("127.0.0.1")).catch((error: unknown) => error as Error);
    expect(String(((failure as Error).cause as Error | undefined)?.message)).toMatch(/certificate/i);
  });

  it("rejects with the variable and path when a CA file is missing or not PEM", async () => {
    await expect(createNetworkFetch({ env: { SSL_CERT_FILE: "/nonexistent/ca.pem" } })(meUrl("127.0.0.1"))).rejects.toThrow(
      "SSL_CERT_FILE=/nonexistent/ca.pem: no such file",
    );
    await expect(createNetworkFetch({ env: { REQUESTS_CA_BUNDLE: certs.keyPath } })(meUrl("127.0.0.1"))).rejects.toThrow(
      `REQUESTS_CA_BUNDLE=${certs.keyPath}: holds no PEM certificate`,
    );
  });
});

describe("the fetch and proxyFor agree (NO_PROXY matrix, through a real proxy)", () => {
  const original = dns.lookup;
  beforeAll(() => {
    // Direct connections to the test names land on the emulator, as the proxy's own would.
    (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback?: unknown) => {
      const done = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
      if (!NAMES.includes(host)) return (original as (...args: unknown[]) => void)(host, options, callback);
      if (typeof options === "object" && options !== null && (options as { all?: boolean }).all) return done(null, [{ address: "127.0.0.1", family: 4 }]);
      return done(null, "127.0.0.1", 4);
    };
  });
  afterAll(() => {
    dns.lookup = original;
  });

  const noProxyValues = (p: string) => [
    {},
    { NO_PROXY: "*" },
    { NO_PROXY: "workspace.dbcfg.test" },
    { NO_PROXY: ".workspace.dbcfg.test" },
    { NO_PROXY: "*.dbcfg.test" },
    { NO_PROXY: `workspace.dbcfg.test:${p}` },
    { NO_PROXY: "workspace.dbcfg.test:1" },
    { no_proxy: "WORKSPACE.DBCFG.TEST" },
    { NO_PROXY: "other.example", no_proxy: "workspace.dbcfg.test" },
  ];

  it("every (host, NO_PROXY) pair goes through the proxy exactly when proxyFor says so", async () => {
    const p = await proxy();
    const fetches = new Map<string, typeof fetch>();
    const rows: string[] = [];
    for (const host of NAMES) {
      for (const noProxy of noProxyValues(port)) {
        const env = { HTTPS_PROXY: p.url, SSL_CERT_FILE: certs.caCertPath, ...noProxy };
        const key = JSON.stringify(noProxy);
        if (!fetches.has(key)) fetches.set(key, createNetworkFetch({ env }));
        const before = p.tunnels.length;
        const response = await fetches.get(key)!(meUrl(host));
        expect(response.status).toBe(401);
        const tunnelled = p.tunnels.length > before;
        rows.push(`${host} ${key}: ${tunnelled ? "proxy" : "direct"}`);
        expect(tunnelled, `${host} with ${key}`).toBe(isProxyRoute(proxyFor(meUrl(host), env)));
      }
    }
    // Proxied: 3 with no NO_PROXY, 3 with a port that does not match, 3 when NO_PROXY (upper case) beats no_proxy, 2 with ".workspace…", 1 each otherwise.
    expect(rows.filter((r) => r.endsWith("proxy"))).toHaveLength(14);
  });
});
