import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator, type EmulatorSeed, type EmulatorSeedCluster } from "./index.js";
import { runSdkRoundTrip, type SdkRoundTrip } from "./test-support/sdk-round-trip.js";
import { spawnNode } from "./test-support/spawn-node.js";
import { createTestCertificates, type TestCertificates } from "./test-support/tls-certs.js";

const CHILD = "packages/workspace-emulator/src/test-support/sdk-round-trip-main.ts";
const SP = { applicationId: "3f1c2d4e-5b6a-4789-9abc-def012345678", displayName: "ci-deployer", id: 8000000000000042 };

/** A seed whose service principal has an OAuth secret made at run time. */
function m2mSeed(): { seed: EmulatorSeed; secret: string } {
  const secret = `dose${randomBytes(16).toString("hex")}`;
  return { secret, seed: { servicePrincipals: [{ ...SP, secret }] } };
}

/** The SDK, authenticated as the service principal, sees itself and manages its own PATs. */
function expectServicePrincipalRoundTrip(result: SdkRoundTrip): void {
  expect(result.me).toEqual({ userName: SP.applicationId, id: String(SP.id) });
  expect(result.created).toMatchObject({ valueLength: 36, lifetimeMs: 3_600_000, comment: "sdk fidelity" });
  expect(result.listedAfterCreate).toEqual([result.created.tokenId]);
  expect(result.meWithNewToken).toBe(SP.applicationId);
  expect(result.listedAfterDelete).toEqual([]);
  expect(result.deleteAgainError.statusCode).toBe(404);
}

describe("official JS SDK with auth_type = oauth-m2m against the emulator", () => {
  it("discovers the OIDC endpoints, gets a token by client_secret_basic and round-trips over plain HTTP", async () => {
    const { seed, secret } = m2mSeed();
    const emu = await startEmulator({ seed });
    try {
      expectServicePrincipalRoundTrip(await runSdkRoundTrip(emu.url, { clientId: SP.applicationId, clientSecret: secret }));
      const calls = emu.requests.map((entry) => `${entry.method} ${entry.path}`);
      expect(calls.slice(0, 3)).toEqual(["GET /oidc/.well-known/oauth-authorization-server", "POST /oidc/v1/token", "GET /api/2.0/preview/scim/v2/Me"]);
      expect(calls.filter((call) => call === "POST /oidc/v1/token")).toHaveLength(1); // cached for the hour
      const tokenRequest = emu.requests.find((entry) => entry.path === "/oidc/v1/token");
      expect(tokenRequest?.body).toEqual({ grant_type: "client_credentials", scope: "all-apis" });
      expect(tokenRequest?.headers.authorization).toBe(`Basic ${SP.applicationId}:…`);
      const me = emu.requests.find((entry) => entry.path === "/api/2.0/preview/scim/v2/Me");
      expect(me?.headers["user-agent"]).toContain("auth/oauth-m2m");
      expect(me?.headers.authorization).toMatch(/^Bearer eyJh…/);
      expect(JSON.stringify(emu.requests)).not.toContain(secret);
    } finally {
      await emu.close();
    }
  });

  it("fails configuration with the endpoint's invalid_client for a wrong secret", async () => {
    const { seed } = m2mSeed();
    const emu = await startEmulator({ seed });
    try {
      const { WorkspaceClient } = await import("@databricks/sdk-experimental");
      const wrong = `dose${randomBytes(16).toString("hex")}`;
      const client = new WorkspaceClient({ host: emu.url, clientId: SP.applicationId, clientSecret: wrong, authType: "oauth-m2m", env: {}, loaders: [] });
      const error = await client.currentUser.me().then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
      expect(error?.message).toContain("invalid_client Client authentication failed");
      expect(error?.message).not.toContain(wrong);
    } finally {
      await emu.close();
    }
  });

  it("lists and gets clusters through the SDK, and the SDK reads an unknown id as the documented 400", async () => {
    const { seed, secret } = m2mSeed();
    const shared: EmulatorSeedCluster = {
      cluster_id: "0101-120000-shared01",
      cluster_name: "Shared",
      spark_version: "15.4.x-scala2.12",
      state: "RUNNING",
      data_security_mode: "USER_ISOLATION",
    } as const;
    const hidden: EmulatorSeedCluster = {
      cluster_id: "0101-120000-hidden02",
      cluster_name: "Private",
      spark_version: "14.3.x-scala2.12",
      state: "TERMINATED",
      visibleTo: ["user@example.com"],
    } as const;
    const emu = await startEmulator({ seed: { ...seed, clusters: [shared, hidden] } });
    try {
      const { WorkspaceClient } = await import("@databricks/sdk-experimental");
      const client = new WorkspaceClient({ host: emu.url, clientId: SP.applicationId, clientSecret: secret, authType: "oauth-m2m", env: {}, loaders: [] });
      const listed: string[] = [];
      for await (const cluster of client.clusters.list({})) listed.push(cluster.cluster_id ?? "");
      expect(listed).toEqual([shared.cluster_id]);
      expect(await client.clusters.get({ cluster_id: shared.cluster_id })).toEqual(shared);
      await expect(client.clusters.get({ cluster_id: "0000-000000-missing0" })).rejects.toMatchObject({ statusCode: 400 });
      await expect(client.clusters.get({ cluster_id: hidden.cluster_id })).rejects.toMatchObject({ statusCode: 403 });
    } finally {
      await emu.close();
    }
  });

  describe("over TLS (child process, NODE_EXTRA_CA_CERTS)", () => {
    let certs: TestCertificates;
    let emu: Emulator;
    let home: string;
    let secret: string;
    beforeAll(async () => {
      certs = await createTestCertificates();
      const made = m2mSeed();
      secret = made.secret;
      emu = await startEmulator({ tls: { key: certs.key, cert: certs.cert }, seed: made.seed });
      home = await mkdtemp(join(tmpdir(), "dbcfg-sdk-home-"));
    });
    afterAll(async () => {
      await emu.close();
      await certs.cleanup();
      await rm(home, { recursive: true, force: true });
    });

    it("authenticates with OAuth M2M against https and round-trips", async () => {
      const run = spawnNode(CHILD, [], {
        HOME: home,
        NODE_EXTRA_CA_CERTS: certs.caCertPath,
        DBCFG_EMULATOR_URL: emu.url,
        DBCFG_EMULATOR_CLIENT_ID: SP.applicationId,
        DBCFG_EMULATOR_CLIENT_SECRET: secret,
      });
      const { code, stdout, stderr } = await run.exited;
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expectServicePrincipalRoundTrip(JSON.parse(stdout) as SdkRoundTrip);
      expect(emu.requests.filter((entry) => entry.path === "/oidc/v1/token")).toHaveLength(1);
    });
  });
});
