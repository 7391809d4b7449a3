import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createTestCertificates, type LeafCertificateOptions } from "@dbcfg/workspace-emulator/testing";
import type { Finding } from "../../doctor/engine/types.js";
import { tls } from "./tls.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

describe("tls", () => {
  it("skips plain http on a loopback host (the emulator) and never relaxes https", async () => {
    const env = await startEmulatorHome();
    try {
      const [finding] = await runOneCheck(tls, env.cli);
      expect(finding).toMatchObject({ id: "tls", status: "skip" });
      expect(finding!.message).toContain("is plain HTTP on a loopback address");
    } finally {
      await env.close();
    }
  });

  it("fails a certificate from an untrusted CA and names the fix per runtime", async () => {
    const certs = await createTestCertificates();
    const env = await startEmulatorHome({ tls: { key: certs.key, cert: certs.cert } });
    try {
      const [finding] = await runOneCheck(tls, env.cli);
      expect(finding).toMatchObject({ status: "fail" });
      expect(finding!.message).toMatch(
        /^The certificate of 127\.0\.0\.1 is not trusted \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)/,
      );
      expect(finding!.fix).toContain("NODE_EXTRA_CA_CERTS");
    } finally {
      await env.close();
      await certs.cleanup();
    }
  });
});

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const childScript = fileURLToPath(new URL("../../test-support/tls-check-child.ts", import.meta.url));

/**
 * The `tls` finding for the emulator serving a leaf certificate made now with `leaf`, signed by a
 * test CA that the check's process trusts (NODE_EXTRA_CA_CERTS, so a child process).
 */
async function findingWithTrustedCa(leaf: LeafCertificateOptions): Promise<Finding> {
  const certs = await createTestCertificates(undefined, leaf);
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", childScript], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: certs.caCertPath, DBCFG_TLS_KEY: certs.keyPath, DBCFG_TLS_CERT: certs.certPath },
      timeout: 30_000,
    });
    return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Finding;
  } finally {
    await certs.cleanup();
  }
}

describe("tls with a trusted CA (certificates made at test time, child process)", () => {
  it("passes a trusted certificate for the host that is valid for more than 14 days", async () => {
    const finding = await findingWithTrustedCa({ days: 60 });
    expect(finding).toMatchObject({ status: "pass" });
    expect(finding.message).toMatch(/^Trusted certificate for 127\.0\.0\.1, issued by dbcfg emulator test CA, valid for 5[89] more days\.$/);
  });

  it("warns about a certificate that expires within 14 days", async () => {
    const finding = await findingWithTrustedCa({ days: 5 });
    expect(finding).toMatchObject({ status: "warn", fix: "Nothing to do for a Databricks host; for a proxy, tell its owner." });
    expect(finding.message).toMatch(/^The certificate of 127\.0\.0\.1 \(issued by dbcfg emulator test CA\) expires in [45] days\.$/);
  });

  it("fails an expired certificate", async () => {
    const finding = await findingWithTrustedCa({ days: -1 });
    expect(finding).toMatchObject({
      status: "fail",
      message: "The certificate of 127.0.0.1 has expired.",
      fix: "If a proxy presents it, tell its owner; check the system clock too.",
    });
  });

  it("fails a certificate for another host name", async () => {
    const finding = await findingWithTrustedCa({ subjectAltName: "IP:127.0.0.2,DNS:other.example" });
    expect(finding).toMatchObject({ status: "fail", fix: "Check the host in the profile; a proxy may be intercepting the connection." });
    expect(finding.message).toBe(
      "The certificate presented for 127.0.0.1 is for another name (Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: 127.0.0.2).",
    );
  });
});

describe("tls through a CONNECT proxy, trusting the CA of SSL_CERT_FILE (the network fetch's CA set)", () => {
  it("completes the handshake with the workspace inside the tunnel and says so", async () => {
    const { startProxiedWorkspace } = await import("../../test-support/proxied-workspace.js");
    const ws = await startProxiedWorkspace();
    try {
      const [finding] = await runOneCheck(tls, ws.cli({ HTTPS_PROXY: ws.proxy.url, SSL_CERT_FILE: ws.certs.caCertPath }));
      expect(finding).toMatchObject({ status: "warn" });
      expect(finding!.message).toMatch(
        new RegExp(
          `^The certificate of workspace\\.dbcfg\\.test \\(issued by dbcfg emulator test CA\\) expires in [01] days \\(via proxy http://127\\.0\\.0\\.1:${ws.proxy.port} \\(from HTTPS_PROXY\\)\\)\\.$`,
        ),
      );
      expect(ws.proxy.tunnels).toEqual([`workspace.dbcfg.test:${new URL(ws.host).port}`]);
      const [untrusted] = await runOneCheck(tls, ws.cli({ HTTPS_PROXY: ws.proxy.url }));
      expect(untrusted).toMatchObject({ status: "fail" });
      expect(untrusted!.message).toContain(
        `(via proxy http://127.0.0.1:${ws.proxy.port} (from HTTPS_PROXY)): a TLS-inspecting proxy or a private CA signed it.`,
      );
    } finally {
      await ws.close();
    }
  });

  it("fails with the fix when the proxy wants credentials (407), never showing the password", async () => {
    const { startProxiedWorkspace } = await import("../../test-support/proxied-workspace.js");
    const password = "pw-" + Math.random().toString(36).slice(2, 10);
    const ws = await startProxiedWorkspace({ credentials: { user: "alice", password } });
    try {
      const [good] = await runOneCheck(tls, ws.cli({ HTTPS_PROXY: ws.proxy.urlWithCredentials("alice", password), SSL_CERT_FILE: ws.certs.caCertPath }));
      expect(good).toMatchObject({ status: "warn" });
      expect(good!.message).toContain(`(via proxy http://alice:***@127.0.0.1:${ws.proxy.port} (from HTTPS_PROXY))`);
      const [refused] = await runOneCheck(tls, ws.cli({ HTTPS_PROXY: ws.proxy.url, SSL_CERT_FILE: ws.certs.caCertPath }));
      expect(refused).toMatchObject({ status: "fail", fix: "Give the proxy credentials in HTTPS_PROXY: http://user:password@host:port." });
      expect(refused!.message).toMatch(
        /^The proxy refused the tunnel to workspace\.dbcfg\.test:\d+ \(the proxy answered 407 Proxy Authentication Required\) \(via proxy/,
      );
      expect(JSON.stringify([good, refused])).not.toContain(password);
    } finally {
      await ws.close();
    }
  });
});
