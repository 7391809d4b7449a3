import { createHash } from "node:crypto";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "@dbcfg/workspace-emulator";
import { callApi, createTestCertificates, type TestCertificates } from "../../../../../packages/workspace-emulator/src/test-support/index.js";
import { makeHome, type TempHome } from "../../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";
import { requireBuiltCli, runBuiltCli } from "../../test-support/run-built-cli.js";
import { scanReportSchema, type ScanReport } from "./scan-report-schema.js";
import { makeRepo, type TestRepo } from "./test-support/git-repo.js";

const DAY = 86_400_000;
const ME_PATH = "/api/2.0/preview/scim/v2/Me";

describe("dbcfg scan --verify against the workspace emulator over TLS (built CLI)", { timeout: 120_000 }, () => {
  let certs: TestCertificates;
  let emulator: Emulator;
  let decoy: Server;
  let decoyPort: number;
  const decoyConnections: number[] = [];
  let repo: TestRepo;
  let home: TempHome;
  let emptyHome: TempHome;
  const t = { live: "", revoked: "", expired: fakePat(), invented: fakePat(), decoy: fakePat(), profile: "" };

  beforeAll(async () => {
    certs = await createTestCertificates();
    emulator = await startEmulator({
      tls: { key: certs.key, cert: certs.cert },
      seed: { tokens: [{ userName: "user@example.com", value: t.expired, expiryTime: Date.now() - DAY }] },
    });
    t.live = emulator.mintToken({ userName: "user@example.com" });
    t.profile = emulator.mintToken({ userName: "user@example.com" });
    t.revoked = emulator.mintToken({ userName: "user@example.com" });
    const tokenId = createHash("sha256").update(t.revoked).digest("hex");
    const revoked = await callApi(emulator.url, "/api/2.0/token/delete", { method: "POST", token: t.revoked, body: { token_id: tokenId }, ca: certs.caCert });
    expect(revoked.status).toBe(200);
    decoy = createServer((socket) => {
      decoyConnections.push(Date.now());
      socket.destroy();
    });
    await new Promise<void>((resolve) => decoy.listen(0, "127.0.0.1", resolve));
    decoyPort = (decoy.address() as { port: number }).port;
    repo = makeRepo();
    repo.commit(
      {
        "live.py": `TOKEN = "${t.live}"\n`,
        "revoked.txt": `${t.revoked}\n`,
        "expired.yaml": `token: ${t.expired}\n`,
        "invented.md": `${t.invented}\n`,
        "decoy.cfg": `[DEFAULT]\nhost = https://127.0.0.1:${decoyPort}\nhost2 = https://localhost:${decoyPort}\ntoken = ${t.decoy}\n`,
      },
      "tokens",
      0,
    );
    home = await makeHome(`[DEFAULT]\nhost = ${emulator.url}\ntoken = ${t.profile}\n`);
    emptyHome = await makeHome();
  }, 60_000);
  afterAll(async () => {
    await emulator?.close();
    decoy?.close();
    repo?.cleanup();
    await home?.cleanup();
    await emptyHome?.cleanup();
    await certs?.cleanup();
  });

  async function scan(args: string[], homeDir: string) {
    requireBuiltCli();
    const run = await runBuiltCli(["scan", repo.dir, ...args], { env: { HOME: homeDir, NODE_EXTRA_CA_CERTS: certs.caCertPath } });
    return { code: run.code ?? 2, stdout: run.stdout, stderr: run.stderr };
  }
  const statusOf = (report: ScanReport, token: string) => report.findings.find((f) => f.redacted === `dapi…${token.slice(-4)}`)?.verified;

  it("classifies live, revoked, expired and never-issued tokens; prints the revoke command for the user's own live token", async () => {
    const run = await scan(["--verify", "--host", emulator.url, "--format", "json"], home.dir);
    const report = scanReportSchema.parse(JSON.parse(run.stdout));
    const liveId = createHash("sha256").update(t.live).digest("hex");
    expect(statusOf(report, t.live)).toEqual({ status: "live", host: emulator.url, revokeCommand: `dbcfg token revoke ${liveId} -p DEFAULT` });
    for (const token of [t.revoked, t.expired, t.invented, t.decoy]) expect(statusOf(report, token)).toEqual({ status: "revoked/invalid", host: emulator.url });
    expect(report.summary.live).toBe(1);
    expect(run.code).toBe(1);
    for (const token of [t.live, t.revoked, t.expired, t.invented, t.decoy]) {
      const asked = emulator.requests.filter((r) => r.path === ME_PATH && r.headers.authorization?.endsWith(token.slice(-4)));
      expect(asked, "each token at most once per host").toHaveLength(1);
    }
    expect(decoyConnections).toEqual([]);
    for (const token of Object.values(t)) expect(run.stdout + run.stderr).not.toContain(token.slice(4));
  });

  it("text output names the live token and its revoke command; --fail-on live exits 1 only for live tokens", async () => {
    const run = await scan(["--verify", "--host", emulator.url, "--fail-on", "live"], home.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`dapi…${t.live.slice(-4)}  fingerprint`);
    expect(run.stdout).toContain(`— LIVE at ${emulator.url}`);
    expect(run.stdout).toContain("Revoke it now: dbcfg token revoke ");
    for (const token of Object.values(t)) expect(run.stdout + run.stderr).not.toContain(token.slice(4));
  });

  it("a token next to a non-Databricks host is never sent anywhere: no candidate host means unknown, and the decoy hears nothing", async () => {
    const before = emulator.requests.length;
    const run = await scan(["--verify", "--fail-on", "live", "--format", "json"], emptyHome.dir);
    const report = scanReportSchema.parse(JSON.parse(run.stdout));
    expect(report.findings.every((f) => f.verified?.status === "unknown")).toBe(true);
    expect(run.code).toBe(0);
    expect(decoyConnections).toEqual([]);
    expect(emulator.requests.length).toBe(before);
  });

  it("an unreachable host makes the status unknown, not revoked", async () => {
    const run = await scan(["--verify", "--host", `https://127.0.0.1:${decoyPort}`, "--timeout-ms", "2000", "--format", "json"], emptyHome.dir);
    const report = scanReportSchema.parse(JSON.parse(run.stdout));
    expect(report.findings.every((f) => f.verified?.status === "unknown")).toBe(true);
    decoyConnections.length = 0;
  });
});
