import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startEmulator } from "./index.js";
import { pythonSdkMissing, runPythonSdkPrincipals } from "./test-support/python-sdk-principals.js";

const missing = pythonSdkMissing();
const SP_ID = "3f1c2d4e-5b6a-4789-9abc-def012345678";
const CLUSTER = { cluster_id: "0101-120000-shared01", cluster_name: "Shared", spark_version: "15.4.x-scala2.12", state: "RUNNING" } as const;

// Not required in CI (PyPI is unreachable there): runs where `import databricks.sdk` works or
// DBCFG_PYTHON_SDK_SRC names a checkout; checked with databricks-sdk-py 0.133.0 (commit 9ae2241).
describe.skipIf(missing !== undefined)(`official Python SDK as a service principal${missing === undefined ? "" : ` (skipped: ${missing})`}`, () => {
  it("oauth-m2m (host metadata → OIDC discovery → Basic) and azure-client-secret (v1 + resource, form secret) both round-trip", async () => {
    const secret = `dose${randomBytes(16).toString("hex")}`;
    const emu = await startEmulator({ seed: { servicePrincipals: [{ applicationId: SP_ID, id: 8000000000000042, secret }], clusters: [CLUSTER] } });
    const home = await mkdtemp(join(tmpdir(), "dbcfg-py-home-"));
    try {
      const { flows, stderr } = await runPythonSdkPrincipals(
        { host: emu.url, authority: emu.entraAuthorityUrl, tenant: emu.entraTenantId, clientId: SP_ID, clientSecret: secret },
        home,
      );
      expect(flows.map((flow) => flow.error ?? "ok")).toEqual(["ok", "ok"]);
      for (const [index, authType] of ["oauth-m2m", "azure-client-secret"].entries()) {
        const result = flows[index]?.result;
        expect(result).toMatchObject({ userName: SP_ID, authType, clusters: [CLUSTER.cluster_id], listedAfterDelete: [] });
        expect(result?.listed).toEqual([result?.created]);
      }
      const paths = emu.requests.map((entry) => `${entry.method} ${entry.path}`);
      expect(paths.slice(0, 3)).toEqual(["GET /.well-known/databricks-config", "GET /oidc/.well-known/oauth-authorization-server", "POST /oidc/v1/token"]);
      const entra = emu.requests.filter((entry) => entry.path === `/${emu.entraTenantId}/oauth2/token`).map((entry) => entry.body as Record<string, string>);
      expect(entra.map((body) => body.resource)).toEqual(["2ff814a6-3304-4ab8-85cb-cd0e6f879c1d", "https://management.core.windows.net/"]);
      expect(entra.every((body) => body.client_secret === "…")).toBe(true);
      expect(emu.requests.some((entry) => entry.headers["x-databricks-azure-sp-management-token"] !== undefined)).toBe(true);
      expect(`${JSON.stringify(emu.requests)}${JSON.stringify(flows)}${stderr}`).not.toContain(secret);
    } finally {
      await emu.close();
      await rm(home, { recursive: true, force: true });
    }
  });

  it("shows the endpoint's error for a wrong secret in both flows", async () => {
    const emu = await startEmulator({ seed: { servicePrincipals: [{ applicationId: SP_ID, secret: `dose${randomBytes(16).toString("hex")}` }] } });
    const home = await mkdtemp(join(tmpdir(), "dbcfg-py-home-"));
    const wrong = `dose${randomBytes(16).toString("hex")}`;
    try {
      const { flows } = await runPythonSdkPrincipals(
        { host: emu.url, authority: emu.entraAuthorityUrl, tenant: emu.entraTenantId, clientId: SP_ID, clientSecret: wrong },
        home,
      );
      expect(flows[0]?.error).toContain("invalid_client: Client authentication failed");
      expect(flows[1]?.error).toContain("invalid_client: AADSTS7000215: Invalid client secret provided.");
      expect(JSON.stringify(flows)).not.toContain(wrong);
    } finally {
      await emu.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});
