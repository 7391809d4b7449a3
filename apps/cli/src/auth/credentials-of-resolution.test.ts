import { describe, expect, it } from "vitest";
import { resolveConfig } from "@dbcfg/unified-auth";
import { fakePat } from "@dbcfg/pat/testing";
import { credentialsOfResolution, optimisticTokenExchange } from "./credentials-of-resolution.js";

const secret = "dose" + fakePat().slice(4);
const resolve = (explicit: Record<string, string>) =>
  resolveConfig({ explicit, env: {}, homeDir: "/nonexistent-home", probes: { tokenExchange: optimisticTokenExchange } });

describe("credentialsOfResolution", () => {
  it("reads the raw client secret of an OAuth M2M resolution", async () => {
    const resolution = await resolve({ host: "https://dbc-1.cloud.databricks.com", client_id: "app", client_secret: secret });
    expect(await credentialsOfResolution(resolution, {})).toEqual({ authType: "oauth-m2m", clientId: "app", clientSecret: secret });
  });

  it("uses the environment's Azure Databricks application id and DBCFG_AZURE_AUTHORITY_URL for Entra ID", async () => {
    const azure = { azure_client_id: "app", azure_client_secret: secret, azure_tenant_id: "tenant" };
    const staging = await resolve({ host: "https://adb-1.2.staging.azuredatabricks.net", ...azure });
    expect(await credentialsOfResolution(staging, { DBCFG_AZURE_AUTHORITY_URL: "http://127.0.0.1:8/" })).toMatchObject({
      authType: "azure-client-secret",
      resource: "4a67d088-db5c-48f1-9ff2-0aace800ae68",
      authorityUrl: "http://127.0.0.1:8/",
    });
    const production = await credentialsOfResolution(await resolve({ host: "https://adb-1.2.azuredatabricks.net", ...azure }), {});
    expect(production).toMatchObject({ resource: "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d", authorityUrl: "https://login.microsoftonline.com/" });
  });

  it("names an auth type dbcfg cannot use", async () => {
    const resolution = await resolve({ host: "https://dbc-1.cloud.databricks.com", username: "u", password: "p" });
    await expect(credentialsOfResolution(resolution, {})).rejects.toThrow(/auth type "basic" is not supported here/);
  });

  it("takes only the exchanges dbcfg performs as configured", async () => {
    expect(await optimisticTokenExchange({ authType: "oauth-m2m" })).toEqual({ ok: true });
    expect(await optimisticTokenExchange({ authType: "github-oidc" })).toEqual({ ok: false, message: "fetch failed" });
  });
});
