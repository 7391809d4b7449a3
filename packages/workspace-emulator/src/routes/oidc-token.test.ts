import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator, type EmulatorSeed } from "../index.js";
import { callApi } from "../test-support/call-api.js";

let emu: Emulator;

afterEach(async () => {
  await emu.close();
});

const TOKEN = "/oidc/v1/token";
const ME = "/api/2.0/preview/scim/v2/Me";
const SP_ID = "3f1c2d4e-5b6a-4789-9abc-def012345678";
const SECRETLESS_SP_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

function newSecret(): string {
  return `dose${randomBytes(16).toString("hex")}`;
}

function seedWith(secret: string): EmulatorSeed {
  return {
    servicePrincipals: [
      { applicationId: SP_ID, displayName: "ci-deployer", id: 8000000000000042, secret },
      { applicationId: SECRETLESS_SP_ID, id: 8000000000000043 },
    ],
  };
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

async function tokenFor(authorization: string | undefined, form: Record<string, string>) {
  return callApi(emu.url, TOKEN, { method: "POST", form, ...(authorization === undefined ? {} : { authorization }) });
}

describe("GET /oidc/.well-known/oauth-authorization-server", () => {
  it("publishes the token endpoint under the emulator's URL, without authentication", async () => {
    emu = await startEmulator();
    const res = await callApi(emu.url, "/oidc/.well-known/oauth-authorization-server");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      issuer: `${emu.url}/oidc`,
      authorization_endpoint: `${emu.url}/oidc/v1/authorize`,
      token_endpoint: `${emu.url}/oidc/v1/token`,
      grant_types_supported: expect.arrayContaining(["client_credentials"]),
      token_endpoint_auth_methods_supported: expect.arrayContaining(["client_secret_basic", "client_secret_post"]),
    });
  });
});

describe("GET /.well-known/databricks-config", () => {
  it("gives the host metadata current SDKs read first: the OIDC root, the workspace id, the default audience", async () => {
    emu = await startEmulator({ seed: { workspaceId: 1234567890123456 } });
    const res = await callApi(emu.url, "/.well-known/databricks-config");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      oidc_endpoint: `${emu.url}/oidc`,
      workspace_id: "1234567890123456",
      token_federation_default_oidc_audiences: [`${emu.url}/oidc/v1/token`],
    });
  });
});

describe("POST /oidc/v1/token (client credentials)", () => {
  it("issues a Bearer token by client_secret_basic and by client_secret_post; it authenticates as the service principal", async () => {
    const secret = newSecret();
    emu = await startEmulator({ seed: seedWith(secret) });
    const byBasic = await tokenFor(basic(SP_ID, secret), { grant_type: "client_credentials", scope: "all-apis" });
    const byPost = await tokenFor(undefined, { grant_type: "client_credentials", scope: "all-apis", client_id: SP_ID, client_secret: secret });
    for (const res of [byBasic, byPost]) {
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "all-apis" });
      const accessToken = (res.json as { access_token: string }).access_token;
      expect(accessToken.split(".")).toHaveLength(3);
      const me = await callApi(emu.url, ME, { token: accessToken });
      expect(me.json).toMatchObject({ userName: SP_ID, id: "8000000000000042" });
      const created = await callApi(emu.url, "/api/2.0/token/create", {
        method: "POST",
        token: accessToken,
        body: { comment: "sp pat", lifetime_seconds: 600 },
      });
      expect(created.status).toBe(200);
      const list = await callApi(emu.url, "/api/2.0/token/list", { token: accessToken });
      expect((list.json as { token_infos: { comment: string }[] }).token_infos.map((info) => info.comment)).toContain("sp pat");
    }
    expect(byBasic.headers["cache-control"]).toContain("no-store");
  });

  it("defaults the scope to all-apis and accepts a form-encoded secret in the Basic header (RFC 6749 §2.3.1)", async () => {
    const secret = `${newSecret()}+/=`;
    emu = await startEmulator({ seed: seedWith(secret) });
    const encoded = `Basic ${Buffer.from(`${encodeURIComponent(SP_ID)}:${encodeURIComponent(secret)}`).toString("base64")}`;
    const res = await tokenFor(encoded, { grant_type: "client_credentials" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ scope: "all-apis" });
  });

  it.each([
    ["a wrong secret", (secret: string) => basic(SP_ID, `${secret}x`), {}],
    ["an unknown client", (secret: string) => basic("11111111-2222-4333-8444-555555555555", secret), {}],
    ["a principal without an OAuth secret", (secret: string) => basic(SECRETLESS_SP_ID, secret), {}],
    ["no credentials at all", () => undefined, {}],
    ["a client id without a secret", () => undefined, { client_id: SP_ID }],
  ])("answers 401 invalid_client for %s", async (_case, authorization, extra) => {
    const secret = newSecret();
    emu = await startEmulator({ seed: seedWith(secret) });
    const res = await tokenFor(authorization(secret), { grant_type: "client_credentials", scope: "all-apis", ...extra });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: "invalid_client", error_description: "Client authentication failed" });
    expect(res.text).not.toContain(secret);
  });

  it("asks a Basic client to authenticate again (WWW-Authenticate), and refuses two authentication methods at once", async () => {
    const secret = newSecret();
    emu = await startEmulator({ seed: seedWith(secret) });
    const wrong = await tokenFor(basic(SP_ID, "nope"), { grant_type: "client_credentials" });
    expect(wrong.headers["www-authenticate"]).toMatch(/^Basic /);
    const both = await tokenFor(basic(SP_ID, secret), { grant_type: "client_credentials", client_id: SP_ID, client_secret: secret });
    expect(both.status).toBe(400);
    expect(both.json).toMatchObject({ error: "invalid_request" });
  });

  it("refuses a missing or unsupported grant type after authenticating the client", async () => {
    const secret = newSecret();
    emu = await startEmulator({ seed: seedWith(secret) });
    const missing = await tokenFor(basic(SP_ID, secret), { scope: "all-apis" });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ error: "invalid_request" });
    const password = await tokenFor(basic(SP_ID, secret), { grant_type: "password", scope: "all-apis" });
    expect(password.status).toBe(400);
    expect(password.json).toMatchObject({ error: "unsupported_grant_type" });
  });

  it("expires the access token by the emulator clock after an hour", async () => {
    const secret = newSecret();
    let now = Date.UTC(2026, 0, 1);
    emu = await startEmulator({ seed: seedWith(secret), now: () => now });
    const res = await tokenFor(basic(SP_ID, secret), { grant_type: "client_credentials", scope: "all-apis" });
    const accessToken = (res.json as { access_token: string }).access_token;
    now += 3599_000;
    expect((await callApi(emu.url, ME, { token: accessToken })).status).toBe(200);
    emu.clock.advance(1000);
    const expired = await callApi(emu.url, ME, { token: accessToken });
    expect(expired.status).toBe(403);
    expect(expired.json).toEqual({ error_code: 403, message: "Invalid access token." });
  });

  it("keeps OAuth working while PATs are disabled, and limits a narrower scope with the OAuth wording", async () => {
    const secret = newSecret();
    emu = await startEmulator({ seed: seedWith(secret) });
    emu.setWorkspaceConf({ enableTokensConfig: "false" });
    const res = await tokenFor(basic(SP_ID, secret), { grant_type: "client_credentials", scope: "sql" });
    expect(res.json).toMatchObject({ scope: "sql" });
    const accessToken = (res.json as { access_token: string }).access_token;
    expect((await callApi(emu.url, ME, { token: accessToken })).status).toBe(200);
    const list = await callApi(emu.url, "/api/2.0/token/list", { token: accessToken });
    expect(list.status).toBe(403);
    expect(list.json).toEqual({ error_code: 403, message: "Provided OAuth token does not have required scopes: authentication" });
  });

  it("sits behind the workspace IP access list", async () => {
    const secret = newSecret();
    emu = await startEmulator({ seed: { ...seedWith(secret), blockedAddresses: ["127.0.0.1"] } });
    const res = await tokenFor(basic(SP_ID, secret), { grant_type: "client_credentials" });
    expect(res.status).toBe(403);
    expect((res.json as { message: string }).message).toMatch(/is blocked by Databricks IP ACL/);
  });

  it("takes faults like every route: 503 with Retry-After, an HTML error page, a reset connection", async () => {
    const secret = newSecret();
    emu = await startEmulator({ seed: seedWith(secret) });
    const form = { grant_type: "client_credentials", scope: "all-apis" };
    emu.faults.add({ path: TOKEN, status: 503, headers: { "Retry-After": "3" }, times: 1 });
    const unavailable = await tokenFor(basic(SP_ID, secret), form);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers["retry-after"]).toBe("3");
    expect(unavailable.json).toMatchObject({ error_code: "TEMPORARILY_UNAVAILABLE" });
    emu.faults.add({ path: TOKEN, action: "html-error", status: 502, times: 1 });
    const html = await tokenFor(basic(SP_ID, secret), form);
    expect(html.status).toBe(502);
    expect(html.headers["content-type"]).toMatch(/^text\/html/);
    emu.faults.add({ path: "/oidc/.well-known/oauth-authorization-server", action: "reset", times: 1 });
    await expect(callApi(emu.url, "/oidc/.well-known/oauth-authorization-server")).rejects.toMatchObject({ code: "ECONNRESET" });
    expect((await tokenFor(basic(SP_ID, secret), form)).status).toBe(200);
    expect(emu.requests.filter((entry) => entry.path === TOKEN)).toHaveLength(3);
  });
});
