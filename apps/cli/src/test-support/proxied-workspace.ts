import { startConnectProxy, type ConnectProxy } from "@dbcfg/token-api/testing";
import { startEmulator, type Emulator } from "@dbcfg/workspace-emulator";
import { createTestCertificates, type TestCertificates } from "@dbcfg/workspace-emulator/testing";
import { loadFixture } from "./doctor-harness.js";
import { fakeContext, type FakeContext } from "./fake-context.js";
import { makeHome, type TempHome } from "./temp-home.js";

/**
 * A workspace name that only the test proxy resolves (to 127.0.0.1): a request for it that
 * succeeds went through the proxy. (`.test` is reserved by RFC 2606 and never resolves on the
 * Internet; Go and dbcfg never proxy loopback names, so 127.0.0.1 itself would prove nothing.)
 */
export const PROXIED_HOST = "workspace.dbcfg.test";

/** A TLS emulator reachable as {@link PROXIED_HOST} only through a local CONNECT proxy, and a HOME whose DEFAULT profile points there. */
export interface ProxiedWorkspace {
  emulator: Emulator;
  proxy: ConnectProxy;
  certs: TestCertificates;
  home: TempHome;
  token: string;
  /** `https://workspace.dbcfg.test:<port>` */
  host: string;
  /** An in-process context on the HOME with `env` (plus HOME). */
  cli(env: Record<string, string>): FakeContext;
  close(): Promise<void>;
}

export async function startProxiedWorkspace(options: { credentials?: { user: string; password: string } } = {}): Promise<ProxiedWorkspace> {
  const certs = await createTestCertificates(undefined, { subjectAltName: `DNS:${PROXIED_HOST}` });
  const emulator = await startEmulator({ tls: { key: certs.key, cert: certs.cert } });
  const proxy = await startConnectProxy({ hosts: { [PROXIED_HOST]: "127.0.0.1" }, ...(options.credentials ? { credentials: options.credentials } : {}) });
  const token = emulator.mintToken({ userName: "admin@example.com", lifetimeSeconds: 30 * 86400 });
  const host = `https://${PROXIED_HOST}:${new URL(emulator.url).port}`;
  const home = await makeHome(await loadFixture("online", "emulator.databrickscfg", { URL: host, TOKEN_A: token }));
  return {
    emulator,
    proxy,
    certs,
    home,
    token,
    host,
    cli: (env) => fakeContext({ homeDir: home.dir, env, now: () => emulator.clock.now() }),
    close: async () => {
      await Promise.all([proxy.close(), emulator.close()]);
      await Promise.all([home.cleanup(), certs.cleanup()]);
    },
  };
}
