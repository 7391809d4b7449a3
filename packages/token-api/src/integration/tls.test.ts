import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestCertificates, type TestCertificates } from "../../../workspace-emulator/src/test-support/index.js";
import type { ApiError } from "../api-error.js";
import { createTokenClient } from "../create-token-client.js";
import { httpsFetchWithCa, startTestWorkspace, type TestWorkspace } from "../test-support/index.js";

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const childScript = fileURLToPath(new URL("../test-support/tls-child.ts", import.meta.url));

let certs: TestCertificates;
let ws: TestWorkspace;
beforeAll(async () => {
  certs = await createTestCertificates();
  ws = await startTestWorkspace({ tls: { key: certs.key, cert: certs.cert } });
}, 30_000);
afterAll(async () => {
  await ws?.close();
  await certs?.cleanup();
});

describe("TLS", () => {
  it("verifies certificates by default: an untrusted CA is a tls error, not retried, request never sent", async () => {
    expect(ws.emulator.url).toMatch(/^https:/);
    const error = (await createTokenClient({ host: ws.emulator.url, token: ws.adminToken })
      .tokens.list()
      .catch((e: unknown) => e)) as ApiError;
    expect(error.classification).toBe("tls");
    expect(error.status).toBeUndefined();
    expect(["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"]).toContain(error.errorCode);
    expect(error.message).toMatch(/TLS certificate verification failed/);
    expect(error.attempts).toBe(1);
    expect(ws.emulator.requests).toHaveLength(0);
  });

  it("trusts a private CA through an injected fetch", async () => {
    const client = createTokenClient({ host: ws.emulator.url, token: ws.adminToken, fetch: httpsFetchWithCa(certs.caCert) });
    expect((await client.currentUser.me()).userName).toBe("admin@example.com");
    const created = await client.tokens.create({ comment: "over tls", lifetimeSeconds: 60 });
    expect((await client.tokens.list()).map((t) => t.tokenId)).toContain(created.tokenInfo.tokenId);
  });

  it("trusts a CA given to Node with NODE_EXTRA_CA_CERTS (child process, default fetch)", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", childScript], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: certs.caCertPath, EMULATOR_URL: ws.emulator.url, EMULATOR_TOKEN: ws.adminToken },
      timeout: 30_000,
    });
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { userName?: string; tokens?: number; error?: string };
    expect(result.error).toBeUndefined();
    expect(result.userName).toBe("admin@example.com");
    expect(result.tokens).toBeGreaterThan(0);
  }, 30_000);
});
