import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./index.js";
import { runSdkRoundTrip, type SdkRoundTrip } from "./test-support/sdk-round-trip.js";
import { spawnNode } from "./test-support/spawn-node.js";
import { createTestCertificates, type TestCertificates } from "./test-support/tls-certs.js";

const CHILD = "packages/workspace-emulator/src/test-support/sdk-round-trip-main.ts";
const idOf = (value: string) => createHash("sha256").update(value).digest("hex");

/** What every round trip must show, whatever the transport. */
function expectFaithfulRoundTrip(result: SdkRoundTrip, callerToken: string): void {
  expect(result.me).toEqual({ userName: "admin@example.com", id: "7000000000000001" });
  expect(result.created).toMatchObject({ valueLength: 36, lifetimeMs: 3_600_000, comment: "sdk fidelity" });
  expect(result.created.tokenId).toMatch(/^[0-9a-f]{64}$/);
  expect(result.listedAfterCreate).toEqual([idOf(callerToken), result.created.tokenId]);
  expect(result.meWithNewToken).toBe("admin@example.com");
  expect(result.listedAfterDelete).toEqual([idOf(callerToken)]);
  // The SDK's error parser chokes on a RequestInfo detail without `metadata` and falls back to the raw body.
  expect(result.deleteAgainError.statusCode).toBe(404);
  expect(result.deleteAgainError.message).toContain('"error_code":"RESOURCE_DOES_NOT_EXIST"');
}

describe("official JS SDK (@databricks/sdk-experimental 0.17.0) against the emulator", () => {
  it("creates, lists and deletes tokens and reads SCIM Me over plain HTTP", async () => {
    const emu = await startEmulator();
    try {
      const token = emu.mintToken();
      expectFaithfulRoundTrip(await runSdkRoundTrip(emu.url, { token }), token);
      const create = emu.requests.find((entry) => entry.path === "/api/2.0/token/create");
      expect(create?.body).toEqual({ comment: "sdk fidelity", lifetime_seconds: 3600 });
      expect(create?.headers["user-agent"]).toContain("databricks-sdk-js/0.17.0");
      expect(create?.headers["user-agent"]).toContain("auth/pat");
      expect(emu.requests.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
        "GET /api/2.0/preview/scim/v2/Me",
        "POST /api/2.0/token/create",
        "GET /api/2.0/token/list",
        "GET /api/2.0/preview/scim/v2/Me",
        "POST /api/2.0/token/delete",
        "GET /api/2.0/token/list",
        "POST /api/2.0/token/delete",
      ]);
    } finally {
      await emu.close();
    }
  });

  it("surfaces the emulator's 403 for a revoked token as the SDK's error", async () => {
    const emu = await startEmulator();
    try {
      const { WorkspaceClient } = await import("@databricks/sdk-experimental");
      const client = new WorkspaceClient({ host: emu.url, token: `dapi${"0".repeat(31)}1`, authType: "pat", env: {}, loaders: [] });
      await expect(client.currentUser.me()).rejects.toMatchObject({ statusCode: 403 });
    } finally {
      await emu.close();
    }
  });

  it("reads the fault bodies the way it reads the real ones: Jetty <pre> reason, HTML login page, cut JSON", async () => {
    const emu = await startEmulator();
    try {
      const { WorkspaceClient } = await import("@databricks/sdk-experimental");
      const client = new WorkspaceClient({ host: emu.url, token: emu.mintToken(), authType: "pat", env: {}, loaders: [], retryTimeoutSeconds: 5 });
      const ME = "/api/2.0/preview/scim/v2/Me";
      emu.faults.add({ path: ME, action: "html-error", times: 1 });
      await expect(client.currentUser.me()).rejects.toMatchObject({ statusCode: 403, errorCode: "Forbidden", message: "Invalid access token" });
      emu.faults.add({ path: ME, action: "login-page", times: 1 });
      await expect(client.currentUser.me()).rejects.toThrow(/^Can't parse reponse as JSON: <!doctype html>/);
      emu.faults.add({ path: ME, action: "truncated-json", times: 1 });
      await expect(client.currentUser.me()).rejects.toThrow(/^Can't parse reponse as JSON: \{"schemas"/);
      expect((await client.currentUser.me()).userName).toBe("admin@example.com");
    } finally {
      await emu.close();
    }
  });

  describe("over TLS with a certificate made at test time (child process, NODE_EXTRA_CA_CERTS)", () => {
    let certs: TestCertificates;
    let emu: Emulator;
    let home: string;
    beforeAll(async () => {
      certs = await createTestCertificates();
      emu = await startEmulator({ tls: { key: certs.key, cert: certs.cert } });
      home = await mkdtemp(join(tmpdir(), "dbcfg-sdk-home-"));
    });
    afterAll(async () => {
      await emu.close();
      await certs.cleanup();
      await rm(home, { recursive: true, force: true });
    });

    it("verifies the certificate against the trusted test CA and round-trips", async () => {
      expect(emu.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const token = emu.mintToken();
      const run = spawnNode(CHILD, [], { HOME: home, NODE_EXTRA_CA_CERTS: certs.caCertPath, DBCFG_EMULATOR_URL: emu.url, DBCFG_EMULATOR_TOKEN: token });
      const { code, stdout, stderr } = await run.exited;
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expectFaithfulRoundTrip(JSON.parse(stdout) as SdkRoundTrip, token);
    });

    it("fails the handshake without the CA, proving the SDK really verifies (skipVerify: false)", async () => {
      const before = emu.requests.length;
      const run = spawnNode(CHILD, [], { HOME: home, DBCFG_EMULATOR_URL: emu.url, DBCFG_EMULATOR_TOKEN: emu.mintToken() });
      const { code, stdout } = await run.exited;
      expect(code).toBe(1);
      expect((JSON.parse(stdout) as { error: { code: string } }).error.code).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
      expect(emu.requests.length).toBe(before);
    });
  });
});
