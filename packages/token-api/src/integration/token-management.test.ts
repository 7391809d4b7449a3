import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../api-error.js";
import { startTestWorkspace, type TestWorkspace } from "../test-support/index.js";

const SP_APPLICATION_ID = "6f5ccf28-d83a-4957-9bfb-5bbfac551410";
let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace();
});
afterAll(() => ws.close());

describe("token management over HTTP against the emulator", () => {
  it("lists every user's tokens with exact int64 ids, and filters by id and user name", async () => {
    const admin = ws.client();
    const all = await admin.tokenManagement.list();
    const users = new Set(all.map((t) => t.createdByUsername));
    expect(users).toEqual(new Set(["admin@example.com", "user@example.com"]));
    const me = await ws.client({ token: ws.userToken }).currentUser.me();
    const byId = await admin.tokenManagement.list({ createdById: me.id });
    expect(byId.length).toBeGreaterThan(0);
    expect(byId.every((t) => t.createdById === me.id && t.ownerId === me.id)).toBe(true);
    expect(byId.every((t) => t.workspaceId === "5750939285643220")).toBe(true);
    const byName = await admin.tokenManagement.list({ createdByUsername: "user@example.com" });
    expect(byName.map((t) => t.tokenId).sort()).toEqual(byId.map((t) => t.tokenId).sort());
    const query = ws.emulator.requests.filter((r) => r.path === "/api/2.0/token-management/tokens").map((r) => r.query);
    expect(query).toContainEqual({ created_by_id: me.id });
    expect(query).toContainEqual({ created_by_username: "user@example.com" });
  });

  it("gets and deletes any user's token by id", async () => {
    const admin = ws.client();
    const user = ws.client({ token: ws.userToken });
    const created = await user.tokens.create({ comment: "to be removed by an admin", lifetimeSeconds: 600 });
    const info = await admin.tokenManagement.get(created.tokenInfo.tokenId);
    expect(info).toMatchObject({ tokenId: created.tokenInfo.tokenId, createdByUsername: "user@example.com", comment: "to be removed by an admin" });
    await admin.tokenManagement.delete(created.tokenInfo.tokenId);
    const gone = (await admin.tokenManagement.get(created.tokenInfo.tokenId).catch((e: unknown) => e)) as ApiError;
    expect(gone.classification).toBe("notFound");
    expect(ws.requestsTo(`/api/2.0/token-management/tokens/${created.tokenInfo.tokenId}`, "DELETE")).toBe(1);
  });

  it("creates an on-behalf-of token owned by the service principal", async () => {
    const created = await ws.client().tokenManagement.createOnBehalfOf({ applicationId: SP_APPLICATION_ID, lifetimeSeconds: 3600, comment: "obo" });
    expect(created.tokenValue).toMatch(/^dapi[0-9a-f]{32}$/);
    expect(created.tokenInfo).toMatchObject({ comment: "obo", createdByUsername: "admin@example.com" });
    expect(created.tokenInfo.ownerId).not.toBe(created.tokenInfo.createdById);
    const sp = await ws.client({ token: created.tokenValue }).currentUser.me();
    expect(sp.userName).toBe(SP_APPLICATION_ID);
    expect(sp.id).toBe(created.tokenInfo.ownerId);
  });

  it("an unknown service principal is notFound", async () => {
    const error = (await ws
      .client()
      .tokenManagement.createOnBehalfOf({ applicationId: "00000000-0000-0000-0000-000000000000" })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.classification).toBe("notFound");
  });

  it("a non-admin gets permissionDenied from every token-management call", async () => {
    const user = ws.client({ token: ws.userToken });
    const calls = [
      user.tokenManagement.list(),
      user.tokenManagement.get("a".repeat(64)),
      user.tokenManagement.delete("a".repeat(64)),
      user.tokenManagement.createOnBehalfOf({ applicationId: SP_APPLICATION_ID }),
    ];
    for (const call of calls) {
      const error = (await call.catch((e: unknown) => e)) as ApiError;
      expect([error.classification, error.status]).toEqual(["permissionDenied", 403]);
    }
  });
});

describe("workspace-conf and SCIM Me over HTTP against the emulator", () => {
  it("reads workspace-conf values as strings and unset keys as null", async () => {
    const conf = await ws.client().workspaceConf.get(["enableTokensConfig", "maxTokenLifetimeDays", "enableIpAccessLists"]);
    expect(conf).toEqual({ enableTokensConfig: "true", maxTokenLifetimeDays: "730", enableIpAccessLists: null });
    expect(ws.emulator.requests.at(-1)?.query).toEqual({ keys: "enableTokensConfig,maxTokenLifetimeDays,enableIpAccessLists" });
  });

  it("an unknown workspace-conf key is badRequest with the server's 'Invalid keys' message", async () => {
    const error = (await ws
      .client()
      .workspaceConf.get(["noSuchKey"])
      .catch((e: unknown) => e)) as ApiError;
    expect(error.classification).toBe("badRequest");
    expect(error.message).toBe('Invalid keys: ["noSuchKey"]');
  });

  it("returns the current user, with SCIM projections passed through", async () => {
    const me = await ws.client().currentUser.me({ excludedAttributes: ["entitlements"] });
    expect(me).toMatchObject({ userName: "admin@example.com", displayName: "Admin User", active: true });
    expect(me.id).toMatch(/^\d+$/);
    expect(ws.emulator.requests.at(-1)?.query).toEqual({ excludedAttributes: "entitlements" });
    const user = await ws.client({ token: ws.userToken }).currentUser.me({ attributes: ["userName", "id"] });
    expect(user.userName).toBe("user@example.com");
  });
});
