import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../api-error.js";
import { createTokenClient } from "../create-token-client.js";
import { startTestWorkspace, type TestWorkspace } from "../test-support/index.js";

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace();
});
afterAll(() => ws.close());

describe("tokens over HTTP against the emulator", () => {
  it("creates a token that works, lists it, and revokes it", async () => {
    const admin = ws.client();
    const created = await admin.tokens.create({ comment: "integration", lifetimeSeconds: 3600 });
    expect(created.tokenValue).toMatch(/^dapi[0-9a-f]{32}$/);
    expect(created.tokenInfo.comment).toBe("integration");
    expect(Number(created.tokenInfo.expiryTime) - Number(created.tokenInfo.creationTime)).toBe(3_600_000);

    const viaNew = ws.client({ token: created.tokenValue });
    expect((await viaNew.currentUser.me()).userName).toBe("admin@example.com");

    const listed = await admin.tokens.list();
    expect(listed.map((t) => t.tokenId)).toContain(created.tokenInfo.tokenId);

    await admin.tokens.delete(created.tokenInfo.tokenId);
    expect((await admin.tokens.list()).map((t) => t.tokenId)).not.toContain(created.tokenInfo.tokenId);
    const revoked = await viaNew.tokens.list().catch((e: unknown) => e);
    expect(revoked).toBeInstanceOf(ApiError);
    expect((revoked as ApiError).classification).toBe("unauthenticated");
  });

  it("creates a scoped token, reads its scopes back, updates them, and the new scopes apply", async () => {
    const admin = ws.client();
    const created = await admin.tokens.create({ comment: "bi tool", lifetimeSeconds: 3600, scopes: ["sql", "unity-catalog"] });
    expect(created.tokenInfo.scopes).toEqual(["sql", "unity-catalog"]);
    const scoped = ws.client({ token: created.tokenValue });
    expect((await scoped.currentUser.me()).userName).toBe("admin@example.com");
    const outOfScope = (await scoped.tokens.list().catch((e: unknown) => e)) as ApiError;
    expect(outOfScope.classification).toBe("scopeMissing");
    await admin.tokens.update(created.tokenInfo.tokenId, { scopes: ["sql", "authentication"], comment: "bi tool + tokens" });
    const sent = ws.emulator.requests.filter((r) => r.method === "PATCH").at(-1);
    expect(sent?.body).toEqual({ token: { comment: "bi tool + tokens", scopes: ["sql", "authentication"] }, update_mask: "comment,scopes" });
    const listed = (await scoped.tokens.list()).find((t) => t.tokenId === created.tokenInfo.tokenId);
    expect(listed).toMatchObject({ comment: "bi tool + tokens", scopes: ["sql", "authentication"] });
    await admin.tokens.delete(created.tokenInfo.tokenId);
  });

  it("sends autoscope_enabled and reads autoscope_state", async () => {
    const created = await ws.client().tokens.create({ lifetimeSeconds: 60, scopes: ["sql"], autoscopeEnabled: true });
    expect(created.tokenInfo.autoscopeState).toBe("AUTOSCOPE_STATE_RUNNING");
    expect(ws.emulator.requests.filter((r) => r.path === "/api/2.0/token/create").at(-1)?.body).toEqual({
      lifetime_seconds: 60,
      scopes: ["sql"],
      autoscope_enabled: true,
    });
  });

  it("refuses bad scopes and an empty update before sending anything", async () => {
    const client = ws.client();
    await expect(client.tokens.create({ scopes: [] })).rejects.toThrow(/scopes must be a non-empty array/);
    await expect(client.tokens.create({ scopes: ["sql", "sql"] })).rejects.toThrow(/scopes\[1\] repeats "sql"/);
    await expect(client.tokens.create({ scopes: ["bad scope"] })).rejects.toThrow(/scopes\[0\] must be a scope name/);
    await expect(client.tokens.update("abc", {})).rejects.toThrow(/needs a comment or scopes/);
  });

  it("sends no lifetime when none is given: the workspace maximum applies", async () => {
    const created = await ws.client().tokens.create({ comment: "default lifetime" });
    const days = (Number(created.tokenInfo.expiryTime) - Number(created.tokenInfo.creationTime)) / 86_400_000;
    expect(days).toBe(730);
    const sent = ws.emulator.requests.filter((r) => r.path === "/api/2.0/token/create").at(-1);
    expect(sent?.body).toEqual({ comment: "default lifetime" });
  });

  it("rejects a lifetime above maxTokenLifetimeDays as badRequest with the server's message", async () => {
    const error = (await ws
      .client()
      .tokens.create({ lifetimeSeconds: 731 * 86_400 })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.classification).toBe("badRequest");
    expect(error.errorCode).toBe("INVALID_PARAMETER_VALUE");
    expect(error.message).toMatch(/maximum token lifetime/);
    expect(error.requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it("lists only the caller's tokens", async () => {
    const user = ws.client({ token: ws.userToken });
    const mine = await user.tokens.list();
    expect(mine.length).toBeGreaterThan(0);
    const all = await ws.client().tokenManagement.list({ createdByUsername: "user@example.com" });
    expect(new Set(mine.map((t) => t.tokenId))).toEqual(new Set(all.map((t) => t.tokenId)));
  });

  it("deleting an unknown id is notFound (RESOURCE_DOES_NOT_EXIST)", async () => {
    const error = (await ws
      .client()
      .tokens.delete("0".repeat(64))
      .catch((e: unknown) => e)) as ApiError;
    expect([error.classification, error.status, error.errorCode]).toEqual(["notFound", 404, "RESOURCE_DOES_NOT_EXIST"]);
  });

  it("answers quotaExceeded at the 600-token quota", async () => {
    const full = await startTestWorkspace({
      seed: { tokens: Array.from({ length: 599 }, (_, i) => ({ userName: "admin@example.com", comment: `seeded ${i}` })) },
    });
    try {
      // 599 seeded + the admin token minted by startTestWorkspace = 600.
      const error = (await full
        .client()
        .tokens.create({ comment: "one too many" })
        .catch((e: unknown) => e)) as ApiError;
      expect(error.classification).toBe("quotaExceeded");
      expect(error.errorCode).toBe("QUOTA_EXCEEDED");
      expect(full.requestsTo("/api/2.0/token/create")).toBe(1);
    } finally {
      await full.close();
    }
  });

  it("a token of a workspace with tokens disabled is rejected as unauthenticated", async () => {
    const disabled = await startTestWorkspace();
    try {
      disabled.emulator.setWorkspaceConf({ enableTokensConfig: "false" });
      const error = (await disabled
        .client()
        .tokens.list()
        .catch((e: unknown) => e)) as ApiError;
      expect(error.classification).toBe("unauthenticated");
      expect(error.status).toBe(403);
    } finally {
      await disabled.close();
    }
  });

  it("works with the global fetch and the default retry policy too", async () => {
    const plain = createTokenClient({ host: ws.emulator.url, token: ws.adminToken });
    expect(Array.isArray(await plain.tokens.list())).toBe(true);
  });
});
