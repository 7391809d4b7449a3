import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { AZURE_DATABRICKS_RESOURCE_ID, DEFAULT_ENTRA_TENANT_ID, startEmulator, type Emulator } from "../index.js";
import { callApi } from "../test-support/call-api.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

const SP_ID = "5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e";
const TENANT = "4c3b2a19-0f8e-4d7c-9b6a-5f4e3d2c1b0a";
const ME = "/api/2.0/preview/scim/v2/Me";

async function start(): Promise<string> {
  const secret = `entra~${randomBytes(18).toString("base64url")}`;
  emu = await startEmulator({ seed: { entraTenantId: TENANT, servicePrincipals: [{ applicationId: SP_ID, id: 8000000000000077, secret }] } });
  return secret;
}

const v1 = (tenant: string) => `/${tenant}/oauth2/token`;
const v2 = (tenant: string) => `/${tenant}/oauth2/v2.0/token`;
const post = (path: string, form: Record<string, string>, authorization?: string) =>
  callApi(emu.url, path, { method: "POST", form, ...(authorization === undefined ? {} : { authorization }) });

describe("local Entra ID authority", () => {
  it("exposes its URL and tenant on the handle", async () => {
    await start();
    expect(emu.entraAuthorityUrl).toBe(`${emu.url}/`);
    expect(emu.entraTenantId).toBe(TENANT);
  });

  it("v1: issues a token for resource=<Azure Databricks> (numbers as strings) that authenticates as the service principal", async () => {
    const secret = await start();
    const res = await post(v1(TENANT), { grant_type: "client_credentials", client_id: SP_ID, client_secret: secret, resource: AZURE_DATABRICKS_RESOURCE_ID });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ token_type: "Bearer", expires_in: "3599", resource: AZURE_DATABRICKS_RESOURCE_ID });
    const me = await callApi(emu.url, ME, { token: (res.json as { access_token: string }).access_token });
    expect(me.json).toMatchObject({ userName: SP_ID, id: "8000000000000077" });
  });

  it("v2: issues a token for scope=<resource>/.default, with HTTP Basic client authentication too", async () => {
    const secret = await start();
    const authorization = `Basic ${Buffer.from(`${SP_ID}:${secret}`).toString("base64")}`;
    const res = await post(v2(TENANT), { grant_type: "client_credentials", scope: `${AZURE_DATABRICKS_RESOURCE_ID}/.default` }, authorization);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ token_type: "Bearer", expires_in: 3599 });
    expect((await callApi(emu.url, "/api/2.0/token/list", { token: (res.json as { access_token: string }).access_token })).status).toBe(200);
  });

  it("issues the Azure management token the SDKs send alongside, which the workspace does not take as a credential", async () => {
    const secret = await start();
    const res = await post(v1(TENANT), {
      grant_type: "client_credentials",
      client_id: SP_ID,
      client_secret: secret,
      resource: "https://management.core.windows.net/",
    });
    expect(res.status).toBe(200);
    const me = await callApi(emu.url, ME, { token: (res.json as { access_token: string }).access_token });
    expect(me.status).toBe(403);
  });

  it("reads the JS SDK's double slash (`<authority>/` + `/<tenant>/oauth2/token`)", async () => {
    const secret = await start();
    const res = await callApi(`${emu.url}//${TENANT}/oauth2/token`, "", {
      method: "POST",
      form: { grant_type: "client_credentials", client_id: SP_ID, client_secret: secret, resource: AZURE_DATABRICKS_RESOURCE_ID },
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ["an unknown tenant", v1(DEFAULT_ENTRA_TENANT_ID), {}, 400, "invalid_request", 90002, `Tenant '${DEFAULT_ENTRA_TENANT_ID}' not found`],
    ["a wrong secret", v1(TENANT), { client_secret: "wrong" }, 401, "invalid_client", 7000215, `for a secret added to app '${SP_ID}'`],
    ["no secret", v1(TENANT), { client_secret: undefined }, 401, "invalid_client", 7000218, "'client_assertion' or 'client_secret'"],
    [
      "an unknown application",
      v1(TENANT),
      { client_id: "99999999-8888-4777-8666-555555555555" },
      400,
      "unauthorized_client",
      700016,
      "was not found in the directory",
    ],
    ["a missing resource", v1(TENANT), { resource: undefined }, 400, "invalid_request", 900144, "parameter: 'resource'"],
    [
      "an unknown resource",
      v1(TENANT),
      { resource: "https://vault.azure.net" },
      400,
      "invalid_resource",
      500011,
      "The resource principal named https://vault.azure.net",
    ],
    ["a v2 scope without /.default", v2(TENANT), { resource: undefined, scope: AZURE_DATABRICKS_RESOURCE_ID }, 400, "invalid_scope", 1002012, "/.default"],
    ["another grant type", v1(TENANT), { grant_type: "password" }, 400, "unsupported_grant_type", 70003, "unsupported grant type"],
  ] as const)("answers %s with the AADSTS error", async (_case, path, overrides, status, error, code, text) => {
    const secret = await start();
    const form: Record<string, string> = {};
    const fields = { grant_type: "client_credentials", client_id: SP_ID, client_secret: secret, resource: AZURE_DATABRICKS_RESOURCE_ID, ...overrides };
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) form[name] = value;
    const res = await post(path, form);
    expect(res.status).toBe(status);
    const body = res.json as { error: string; error_description: string; error_codes: number[]; error_uri: string };
    expect(body.error).toBe(error);
    expect(body.error_codes).toEqual([code]);
    expect(body.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
    expect(body.error_description).toContain(text);
    expect(body.error_description).toMatch(/Trace ID: [0-9a-f-]{36} Correlation ID: [0-9a-f-]{36} Timestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(res.text).not.toContain(secret);
  });

  it("is not behind the workspace's IP access list (it is another service), and takes faults", async () => {
    const secret = await start();
    emu.setBlockedAddresses(["127.0.0.1"]);
    const form = { grant_type: "client_credentials", client_id: SP_ID, client_secret: secret, resource: AZURE_DATABRICKS_RESOURCE_ID };
    expect((await post(v1(TENANT), form)).status).toBe(200);
    emu.faults.add({ path: v1(TENANT), status: 503, headers: { "Retry-After": "1" }, times: 1 });
    const faulted = await post(v1(TENANT), form);
    expect(faulted.status).toBe(503);
    expect(faulted.headers["retry-after"]).toBe("1");
  });
});
