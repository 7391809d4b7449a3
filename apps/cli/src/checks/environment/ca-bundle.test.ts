import { chmod, copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caBundle } from "./ca-bundle.js";
import { checkConfig } from "../../test-support/doctor-harness.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/doctor/ca-bundle/", import.meta.url));
const CORPORATE = join(FIXTURES, "corporate-ca.pem");
const NOT_PEM = join(FIXTURES, "not-a-certificate.pem");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dbcfg-ca-bundle-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (env: Record<string, string>) => checkConfig(caBundle, undefined, { env });

describe("ca-bundle", () => {
  it("passing fixture: every variable names the corporate CA", async () => {
    const findings = await run({ NODE_EXTRA_CA_CERTS: CORPORATE, SSL_CERT_FILE: CORPORATE, REQUESTS_CA_BUNDLE: CORPORATE });
    expect(findings.map((f) => f.status)).toEqual(["pass", "pass", "pass"]);
    expect(findings[1]!.message).toBe(
      `SSL_CERT_FILE=${CORPORATE} holds 1 certificate; read by Go, so the Databricks CLI and Terraform, and OpenSSL (replaces the system roots).`,
    );
  });

  it("failing fixture: a non-PEM file fails naming the variable and path", async () => {
    const [finding] = await run({ REQUESTS_CA_BUNDLE: NOT_PEM });
    expect(finding).toMatchObject({
      status: "fail",
      message: `REQUESTS_CA_BUNDLE=${NOT_PEM}: holds no PEM certificate (-----BEGIN CERTIFICATE-----); REQUESTS_CA_BUNDLE is read by Python requests, so the Databricks SDK for Python (replaces certifi).`,
      fix: "Point REQUESTS_CA_BUNDLE at a readable PEM bundle (-----BEGIN CERTIFICATE-----), or unset it.",
    });
  });

  it("fails a missing and an unreadable file", async () => {
    const [missing] = await run({ CURL_CA_BUNDLE: join(dir, "absent.pem") });
    expect(missing!.message).toMatch(new RegExp(`^CURL_CA_BUNDLE=${dir}/absent\\.pem: no such file; CURL_CA_BUNDLE is read by curl`));
    const locked = join(dir, "locked.pem");
    await copyFile(CORPORATE, locked);
    await chmod(locked, 0o000);
    const [unreadable] = await run({ SSL_CERT_FILE: locked });
    // root reads any file; then the check rightly passes.
    if (process.getuid?.() === 0) expect(unreadable).toMatchObject({ status: "pass" });
    else expect(unreadable!.message).toMatch(/^SSL_CERT_FILE=.*locked\.pem: cannot be read \(EACCES\)/);
  });

  it("warns when the runtimes trust different CAs, and accepts NODE_EXTRA_CA_CERTS as a subset of a full bundle", async () => {
    const other = join(dir, "other.pem");
    const { createTestCertificates } = await import("@dbcfg/workspace-emulator/testing");
    const certs = await createTestCertificates();
    try {
      await copyFile(certs.caCertPath, other);
      const findings = await run({ SSL_CERT_FILE: CORPORATE, REQUESTS_CA_BUNDLE: other });
      expect(findings.at(-1)).toMatchObject({ status: "warn" });
      expect(findings.at(-1)!.message).toBe(
        `The CA variables name different files, so the runtimes trust different CAs: SSL_CERT_FILE=${CORPORATE} (Go, so the Databricks CLI and Terraform, and OpenSSL (replaces the system roots)); REQUESTS_CA_BUNDLE=${other} (Python requests, so the Databricks SDK for Python (replaces certifi)).`,
      );
      expect((await run({ NODE_EXTRA_CA_CERTS: other, SSL_CERT_FILE: CORPORATE })).at(-1)).toMatchObject({ status: "warn" });
      const bundle = join(dir, "bundle.pem");
      await writeFile(bundle, (await readFile(CORPORATE, "utf8")) + (await readFile(other, "utf8")));
      const subset = await run({ NODE_EXTRA_CA_CERTS: other, SSL_CERT_FILE: bundle, REQUESTS_CA_BUNDLE: bundle });
      expect(subset.map((f) => f.status)).toEqual(["pass", "pass", "pass"]);
    } finally {
      await certs.cleanup();
    }
  });

  it("reads a file named by several variables once, and names each variable when it cannot be used", async () => {
    const absent = join(dir, "absent-shared.pem");
    const failures = await run({ SSL_CERT_FILE: absent, REQUESTS_CA_BUNDLE: absent });
    expect(failures.map((f) => f.message.split(":")[0])).toEqual([`SSL_CERT_FILE=${absent}`, `REQUESTS_CA_BUNDLE=${absent}`]);
    const shared = await run({ NODE_EXTRA_CA_CERTS: CORPORATE, SSL_CERT_FILE: CORPORATE, REQUESTS_CA_BUNDLE: CORPORATE, CURL_CA_BUNDLE: CORPORATE });
    expect(shared.map((f) => [f.status, f.message.split(" holds ")[1]?.split(";")[0]])).toEqual(Array(4).fill(["pass", "1 certificate"]));
  });

  it("passes with no CA variables", async () => {
    expect(await run({})).toEqual([expect.objectContaining({ status: "pass", message: expect.stringMatching(/^No CA bundle variables are set/) })]);
  });
});
