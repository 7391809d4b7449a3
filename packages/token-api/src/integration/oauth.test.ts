import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { startEmulator, type Emulator } from "@dbcfg/workspace-emulator";
import { createTokenClient } from "../create-token-client.js";
import type { Credentials } from "../auth/credentials.js";
import { apiFailure } from "../test-support/index.js";

// OAuth M2M and Entra ID client credentials over real HTTP, against the emulator's OIDC endpoints
// and its local Entra ID authority.
const APP_ID = "11111111-2222-4333-8444-555555555555";
const TENANT = "9e8d7c6b-5a49-4382-a716-2f3e4d5c6b7a";
const secret = "dose" + fakePat().slice(4);
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ seed: { servicePrincipals: [{ applicationId: APP_ID, displayName: "ci-sp", secret }], entraTenantId: TENANT } });
});
afterAll(() => emulator.close());

function client(credentials: Credentials, lines: string[] = []) {
  return createTokenClient({
    host: emulator.url,
    credentials,
    timeoutMs: 5_000,
    retry: { maxAttempts: 1 },
    debug: { log: (l) => lines.push(l), headers: true },
  });
}
const m2m = (clientSecret = secret, clientId = APP_ID): Credentials => ({ authType: "oauth-m2m", clientId, clientSecret });
const entra = (clientSecret = secret, tenantId = TENANT): Credentials => ({
  authType: "azure-client-secret",
  tenantId,
  clientId: APP_ID,
  clientSecret,
  authorityUrl: emulator.entraAuthorityUrl,
});

describe("service-principal credentials against the emulator", () => {
  it.each([
    ["oauth-m2m", () => m2m()],
    ["azure-client-secret", () => entra()],
  ])("%s: the principal creates, lists and deletes its own PAT", async (_name, credentials) => {
    const lines: string[] = [];
    const c = client(credentials(), lines);
    expect((await c.currentUser.me()).userName).toBe(APP_ID);
    const created = await c.tokens.create({ comment: "sp", lifetimeSeconds: 600 });
    expect((await c.tokens.list()).map((t) => t.tokenId)).toContain(created.tokenInfo.tokenId);
    await c.tokens.delete(created.tokenInfo.tokenId);
    const log = lines.join("\n");
    expect(log).not.toContain(secret);
    expect(inspect(c)).not.toContain(secret);
  });

  it.each([
    ["oauth-m2m wrong secret", () => m2m("dose" + fakePat().slice(4)), "unauthenticated"],
    ["oauth-m2m unknown client", () => m2m(secret, "99999999-2222-4333-8444-555555555555"), "unauthenticated"],
    ["Entra ID wrong secret", () => entra("dose" + fakePat().slice(4)), "unauthenticated"],
    ["Entra ID unknown tenant", () => entra(secret, "00000000-1111-4222-8333-444444444444"), "badRequest"],
  ])("%s is an ApiError that never shows a secret", async (_name, build, classification) => {
    const credentials = build();
    const error = await apiFailure(client(credentials).tokens.list());
    expect(error.classification).toBe(classification);
    const sent = (credentials as { clientSecret: string }).clientSecret;
    for (const text of [error.message, inspect(error, { depth: 20 }), JSON.stringify(error)]) {
      expect(text).not.toContain(sent.slice(4));
      expect(text).not.toContain(secret.slice(4));
    }
  });
});
