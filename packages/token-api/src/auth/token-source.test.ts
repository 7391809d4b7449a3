import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createTokenClient } from "../create-token-client.js";
import { TokenApiArgumentError } from "../api-error.js";
import { apiFailure, scriptedFetch, type Step } from "../test-support/index.js";
import { TOKEN_EXPIRY_MARGIN_MS } from "./token-source.js";
import { AZURE_DATABRICKS_RESOURCE_ID } from "./credentials.js";

const HOST = "https://adb-1.2.azuredatabricks.net";
const secret = (): string => "dose" + "0123456789abcdef".repeat(2);
const accessToken = (n: number): string => `eyJ${"x".repeat(20)}.${"a".repeat(10)}${n}.sig`;
const me: Step = { status: 200, json: { id: "1", userName: "sp@example.com" } };
const discovery: Step = { status: 200, json: { token_endpoint: `${HOST}/oidc/v1/token`, issuer: `${HOST}/oidc` } };
const tokenAnswer = (n: number, expiresIn: number | string = 3600): Step => ({
  status: 200,
  json: { access_token: accessToken(n), token_type: "Bearer", expires_in: expiresIn },
});

function clock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

function m2mClient(steps: Step[], now = clock()) {
  const scripted = scriptedFetch(steps);
  const clientSecret = secret();
  const client = createTokenClient({
    host: HOST,
    credentials: { authType: "oauth-m2m", clientId: "app-1", clientSecret },
    fetch: scripted.fetch,
    retry: { now: now.now, sleep: async () => {}, maxAttempts: 1 },
  });
  return { client, calls: scripted.calls, clientSecret, now };
}

describe("OAuth M2M credentials", () => {
  it("discovers the token endpoint, sends client_credentials with all-apis and a Basic header, then uses the access token", async () => {
    const { client, calls, clientSecret } = m2mClient([discovery, tokenAnswer(1), me]);
    expect((await client.currentUser.me()).userName).toBe("sp@example.com");
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${HOST}/oidc/.well-known/oauth-authorization-server`,
      `POST ${HOST}/oidc/v1/token`,
      `GET ${HOST}/api/2.0/preview/scim/v2/Me`,
    ]);
    expect(Object.fromEntries(new URLSearchParams(calls[1]!.body))).toEqual({ grant_type: "client_credentials", scope: "all-apis" });
    expect(calls[1]!.headers.authorization).toBe(`Basic ${Buffer.from(`app-1:${clientSecret}`).toString("base64")}`);
    expect(calls[1]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(calls[0]!.headers.authorization).toBeUndefined();
    expect(calls[2]!.headers.authorization).toBe(`Bearer ${accessToken(1)}`);
    expect(calls[2]!.headers["user-agent"]).toMatch(/ auth\/oauth-m2m$/);
  });

  it("falls back to /oidc/v1/token when discovery answers 404", async () => {
    const { client, calls } = m2mClient([{ status: 404, body: "not found" }, tokenAnswer(1), me]);
    await client.currentUser.me();
    expect(calls[1]!.url).toBe(`${HOST}/oidc/v1/token`);
  });

  it("caches the token until 40 s before expiry, then fetches a new one", async () => {
    const now = clock();
    const { client, calls } = m2mClient([discovery, tokenAnswer(1, 120), me, me, discovery, tokenAnswer(2, 120), me], now);
    await client.currentUser.me();
    now.advance(120_000 - TOKEN_EXPIRY_MARGIN_MS - 1);
    await client.currentUser.me();
    expect(calls.filter((c) => c.url.endsWith("/oidc/v1/token"))).toHaveLength(1);
    now.advance(2);
    await client.currentUser.me();
    expect(calls.filter((c) => c.url.endsWith("/oidc/v1/token"))).toHaveLength(2);
    expect(calls.at(-1)!.headers.authorization).toBe(`Bearer ${accessToken(2)}`);
  });

  it("shares one token request between concurrent calls", async () => {
    const { client, calls } = m2mClient([discovery, tokenAnswer(1), me]);
    await Promise.all([client.currentUser.me(), client.currentUser.me(), client.currentUser.me()]);
    expect(calls.filter((c) => c.url.endsWith("/oidc/v1/token"))).toHaveLength(1);
    expect(calls.filter((c) => c.url.endsWith("/Me"))).toHaveLength(3);
  });

  it("refuses a discovery document that names a token endpoint on another origin, and sends the secret nowhere", async () => {
    const foreign: Step = { status: 200, json: { token_endpoint: "https://login.attacker.example/token" } };
    const { client, calls, clientSecret } = m2mClient([foreign, tokenAnswer(1), me]);
    const error = await apiFailure(client.currentUser.me());
    expect(error.errorCode).toBe("FOREIGN_TOKEN_ENDPOINT");
    expect(error.message).toContain("https://login.attacker.example");
    expect(error.message).toMatch(/refusing to send the client secret/);
    expect(calls).toHaveLength(1);
    expect(JSON.stringify(calls)).not.toContain(clientSecret);
  });

  it("turns a rejected secret into an unauthenticated ApiError that never shows the secret", async () => {
    const { client, clientSecret } = m2mClient([
      discovery,
      { status: 401, json: { error: "invalid_client", error_description: `Client authentication failed for ${secret()}` } },
    ]);
    const error = await apiFailure(client.tokens.list());
    expect(error.classification).toBe("unauthenticated");
    expect(error.errorCode).toBe("invalid_client");
    expect(error.message).toMatch(/rejected the client credentials \(invalid_client: Client authentication failed/);
    expect(error.message).toMatch(/check the client id and that the secret is current/);
    for (const text of [error.message, inspect(error), inspect(client), JSON.stringify(client)]) expect(text).not.toContain(clientSecret);
    expect(inspect(client)).toContain("clientId: 'app-1'");
  });

  it("classifies other token endpoint failures by status and rejects a body without access_token", async () => {
    expect((await apiFailure(m2mClient([discovery, { status: 503, body: "" }]).client.tokens.list())).classification).toBe("unavailable");
    const shape = await apiFailure(m2mClient([discovery, { status: 200, json: { token_type: "Bearer" } }]).client.tokens.list());
    expect([shape.classification, shape.errorCode]).toEqual(["invalidResponse", "UNEXPECTED_SHAPE"]);
  });

  it("keeps the secret and the access token out of the debug log", async () => {
    const scripted = scriptedFetch([discovery, tokenAnswer(7), { status: 200, json: { echoed: accessToken(7) } }]);
    const lines: string[] = [];
    const clientSecret = secret();
    const client = createTokenClient({
      host: HOST,
      credentials: { authType: "oauth-m2m", clientId: "app-1", clientSecret },
      fetch: scripted.fetch,
      debug: { log: (line) => lines.push(line), headers: true },
    });
    await client.workspaceConf.get(["x"]).catch(() => undefined);
    const log = lines.join("\n");
    expect(log).toContain("POST /oidc/v1/token");
    expect(log).not.toContain(clientSecret);
    expect(log).not.toContain(accessToken(7));
  });
});

describe("Entra ID client secret credentials", () => {
  it("posts to <authority><tenant>/oauth2/token with the Azure Databricks resource and reads a string expires_in", async () => {
    const scripted = scriptedFetch([tokenAnswer(3, "3599"), me, me]);
    const clientSecret = secret();
    const client = createTokenClient({
      host: HOST,
      credentials: { authType: "azure-client-secret", tenantId: "tenant-1", clientId: "app-2", clientSecret, authorityUrl: "http://127.0.0.1:9/" },
      fetch: scripted.fetch,
    });
    await client.currentUser.me();
    await client.currentUser.me();
    expect(scripted.calls.map((c) => c.url)).toEqual([
      "http://127.0.0.1:9/tenant-1/oauth2/token",
      `${HOST}/api/2.0/preview/scim/v2/Me`,
      `${HOST}/api/2.0/preview/scim/v2/Me`,
    ]);
    expect(Object.fromEntries(new URLSearchParams(scripted.calls[0]!.body))).toEqual({
      grant_type: "client_credentials",
      client_id: "app-2",
      client_secret: clientSecret,
      resource: AZURE_DATABRICKS_RESOURCE_ID,
    });
    expect(scripted.calls[2]!.headers.authorization).toBe(`Bearer ${accessToken(3)}`);
    expect(inspect(client)).not.toContain(clientSecret);
  });

  it("reads Entra ID's error body (AADSTS codes) into an unauthenticated error", async () => {
    const scripted = scriptedFetch([
      {
        status: 401,
        json: { error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: abc\r\nCorrelation ID: def" },
      },
    ]);
    const client = createTokenClient({
      host: HOST,
      credentials: { authType: "azure-client-secret", tenantId: "t", clientId: "app-2", clientSecret: secret() },
      fetch: scripted.fetch,
    });
    const error = await apiFailure(client.tokens.list());
    expect(error.message).toBe(
      "Microsoft Entra ID rejected the client credentials (invalid_client: AADSTS7000215: Invalid client secret provided.): check the client id and that the secret is current and belongs to it",
    );
    expect(scripted.calls[0]!.url).toBe("https://login.microsoftonline.com/t/oauth2/token");
  });

  it("refuses an authority that would receive the secret over plain http, and credentials without a secret", () => {
    const base = { authType: "azure-client-secret" as const, tenantId: "t", clientId: "c", clientSecret: secret() };
    expect(() => createTokenClient({ host: HOST, credentials: { ...base, authorityUrl: "http://login.example.com/" } })).toThrow(
      /authorityUrl "http:\/\/login.example.com" must use https:\/\//,
    );
    expect(() => createTokenClient({ host: HOST, credentials: { ...base, clientSecret: " " } })).toThrow(/credentials.clientSecret is required/);
    expect(() => createTokenClient({ host: HOST, token: "dapi" + "ab".repeat(16), credentials: base })).toThrow(TokenApiArgumentError);
    expect(() => createTokenClient({ host: HOST })).toThrow(/token is required/);
  });
});
