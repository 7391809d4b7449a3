import { describe, expect, it } from "vitest";
import { resolveConfig } from "../resolve-config.js";
import { tempHome } from "../test-support/temp-home.js";
import type { Dialect, Probes } from "../types.js";
import { AUTH_CHAINS } from "./strategies.js";

const AZURE = { host: "https://adb-1.2.azuredatabricks.net", azure_workspace_resource_id: "/sub/rg/ws" };
const run = (dialect: Dialect, explicit: Record<string, string>, probes: Probes = {}, env: Record<string, string> = {}) =>
  resolveConfig({ dialect, explicit, env, homeDir: tempHome(), probes });

describe("auth-type selection", () => {
  it("has each SDK's chain, in its order", () => {
    expect(AUTH_CHAINS.go.map((s) => s.name)).toEqual([
      "pat",
      "basic",
      "oauth-m2m",
      "databricks-cli",
      "metadata-service",
      "github-oidc",
      "azure-devops-oidc",
      "env-oidc",
      "file-oidc",
      "github-oidc-azure",
      "azure-msi",
      "azure-client-secret",
      "azure-cli",
      "google-credentials",
      "google-id",
    ]);
    expect(AUTH_CHAINS.python.map((s) => s.name)).toEqual([
      "pat",
      "basic",
      "metadata-service",
      "oauth-m2m",
      "env-oidc",
      "file-oidc",
      "github-oidc",
      "azure-client-secret",
      "github-oidc-azure",
      "azure-cli",
      "azure-devops-oidc",
      "external-browser",
      "databricks-cli",
      "runtime-oauth",
      "runtime",
      "google-credentials",
      "google-id",
      "model-serving",
    ]);
    expect(AUTH_CHAINS.js.map((s) => s.name)).toEqual([
      "pat",
      "basic",
      "oauth-m2m",
      "databricks-cli",
      "metadata-service",
      "azure-msi",
      "azure-client-secret",
      "azure-cli",
      "google-credentials",
      "google-id",
    ]);
  });

  it.each(["go", "python", "js"] as const)("%s: azure-cli only with the injected probe, which is asked once", async (dialect) => {
    let calls = 0;
    const azureCli = async () => {
      calls++;
      return { ok: true as const };
    };
    expect((await run(dialect, AZURE, { azureCli })).authType).toBe("azure-cli");
    expect(calls).toBe(1);
    await expect(run(dialect, AZURE)).rejects.toThrow(/^default auth: cannot configure default credentials/);
  });

  it("a failing az: Go and Python move on, JS stops with the az error", async () => {
    const azureCli = async () => ({ ok: false as const, message: "Please run 'az login'." });
    await expect(run("go", AZURE, { azureCli })).rejects.toThrow(/^default auth: cannot configure/);
    await expect(run("python", AZURE, { azureCli })).rejects.toThrow(/^default auth: cannot configure/);
    await expect(run("js", AZURE, { azureCli })).rejects.toThrow(
      "default auth: azure-cli: cannot get access token: Please run 'az login'.. Config: host=https://adb-1.2.azuredatabricks.net, azure_workspace_resource_id=/sub/rg/ws",
    );
  });

  it("a forced auth type: Go names it, Python and JS fall back to the generic text", async () => {
    const forced = { host: "https://h.cloud.databricks.com", auth_type: "basic" };
    await expect(run("go", forced)).rejects.toThrow("basic auth: not configured. Config: host=https://h.cloud.databricks.com");
    await expect(run("python", forced)).rejects.toThrow(
      /^default auth: cannot configure default credentials, .* authentication method\. Config: host=https:\/\/h\.cloud\.databricks\.com, auth_type=basic$/,
    );
    await expect(run("js", forced)).rejects.toThrow(/ method\. Config: host=https:\/\/h\.cloud\.databricks\.com, auth_type=basic$/);
    await expect(run("go", { ...forced, auth_type: "pat" })).rejects.toThrow("pat auth: token is required. Config: host=https://h.cloud.databricks.com");
  });

  it("databricks-cli through its probe, with the profile it would pass to `databricks auth token`", async () => {
    const seen: unknown[] = [];
    const databricksCli: Probes["databricksCli"] = async (ctx) => {
      seen.push({ host: ctx.host, profile: ctx.profile });
      return { ok: true };
    };
    const r = await run("go", { host: "https://h.cloud.databricks.com", profile: "p" }, { databricksCli });
    expect(r.authType).toBe("databricks-cli");
    expect(seen).toEqual([{ host: "https://h.cloud.databricks.com", profile: "p" }]);
  });

  it("JS rejects a metadata-service URL that is not on localhost, without any request", async () => {
    let calls = 0;
    const metadataService = async () => {
      calls++;
      return { ok: true as const };
    };
    await expect(run("js", { host: "h", metadata_service_url: "https://evil.example/t" }, { metadataService })).rejects.toThrow(
      "default auth: invalid auth server URL: https://evil.example/t. Config: host=https://h, metadata_service_url=***",
    );
    expect(calls).toBe(0);
    expect((await run("js", { host: "h", metadata_service_url: "http://localhost:9/t" }, { metadataService })).authType).toBe("metadata-service");
  });

  it("asks the host-metadata probe with the normalised host (Go, Python) and never in JS", async () => {
    const asked: string[] = [];
    const hostMetadata = async (host: string) => {
      asked.push(host);
      return { status: 200, body: { account_id: "acc" } };
    };
    for (const dialect of ["go", "python", "js"] as const) {
      const r = await resolveConfig({
        dialect,
        explicit: { host: "h.cloud.databricks.com/" },
        env: {},
        homeDir: tempHome(),
        probes: { hostMetadata },
        selectAuth: false,
      });
      expect(r.accountId).toBe(dialect === "js" ? undefined : "acc");
    }
    expect(asked).toEqual(["https://h.cloud.databricks.com", "https://h.cloud.databricks.com"]);
  });
});
