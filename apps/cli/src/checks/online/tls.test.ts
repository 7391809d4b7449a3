import { describe, expect, it } from "vitest";
import { createTestCertificates } from "@dbcfg/workspace-emulator/testing";
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
      expect(finding!.message).toMatch(/^The certificate of 127\.0\.0\.1 is not trusted \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)/);
      expect(finding!.fix).toContain("NODE_EXTRA_CA_CERTS");
    } finally {
      await env.close();
      await certs.cleanup();
    }
  });
});
