import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findOldTokenId, rotateToken, type RotationDeps, type RotationPlan } from "./rotate-token.js";
import type { NewToken, TokenService, TokenSummary } from "./token-service.js";
import { fakePat } from "@dbcfg/pat/testing";
import type { Credentials } from "@dbcfg/token-api";

/** The fake workspace knows tokens by value; a service principal's credentials stand for the token "oauth:<client id>". */
const patOf = (auth: string | Credentials): string => (typeof auth === "string" ? auth : auth.authType === "pat" ? auth.token : `oauth:${auth.clientId}`);

/** An in-memory workspace: tokens by value, with switchable failures per operation. */
function fakeWorkspace(options: { idOf?: (value: string) => string } = {}) {
  const idOf = options.idOf ?? ((v: string) => createHash("sha256").update(v).digest("hex"));
  const tokens = new Map<string, TokenSummary>();
  const fail: Partial<Record<"list" | "create" | "createAfterServerActed" | "revoke" | "me", Error & { status?: number }>> = {};
  const calls: string[] = [];
  const add = (value: string, comment?: string) => {
    const info: TokenSummary = { tokenId: idOf(value), creationTime: 1, expiryTime: -1, ...(comment ? { comment } : {}) };
    tokens.set(value, info);
    return info;
  };
  const service = (value: string): TokenService => ({
    async list() {
      calls.push("list");
      if (fail.list) throw fail.list;
      if (!tokens.has(value)) throw Object.assign(new Error("Invalid access token."), { status: 403, code: "API_ERROR" });
      return [...tokens.values()];
    },
    async create(request): Promise<NewToken> {
      calls.push("create");
      if (fail.create) throw fail.create;
      const tokenValue = fakePat();
      const tokenInfo = add(tokenValue, request.comment);
      if (fail.createAfterServerActed) throw fail.createAfterServerActed;
      return { tokenValue, tokenInfo };
    },
    async revoke(tokenId) {
      calls.push(`revoke ${tokenId}`);
      if (fail.revoke) throw fail.revoke;
      for (const [v, info] of tokens) if (info.tokenId === tokenId) tokens.delete(v);
    },
    async createOnBehalfOf() {
      throw new Error("not used by rotation");
    },
    async me() {
      calls.push("me");
      if (fail.me) throw fail.me;
      if (!tokens.has(value)) throw new Error("Invalid access token.");
      return { userName: "user@example.com" };
    },
  });
  return { tokens, fail, calls, add, service };
}

function setUp(options: { idOf?: (value: string) => string; others?: number } = {}) {
  const ws = fakeWorkspace(options);
  const oldToken = fakePat();
  const old = ws.add(oldToken);
  for (let i = 0; i < (options.others ?? 0); i++) ws.add(fakePat(), `other ${i}`);
  const file = {
    token: oldToken as string | undefined,
    saves: [] as (string | undefined)[],
    failSave: undefined as Error | undefined,
    failRestore: undefined as Error | undefined,
  };
  const deps: RotationDeps = {
    open: async (_host, auth) => ws.service(patOf(auth)),
    async saveToken(_file, _profile, token, { backup }) {
      if (backup && file.failSave) throw file.failSave;
      if (!backup && file.failRestore) throw file.failRestore;
      file.saves.push(token);
      file.token = token;
      return backup ? "/home/me/.databrickscfg.bak" : undefined;
    },
    now: () => Date.UTC(2026, 10, 28),
    nonce: () => "abcd1234",
  };
  const plan: RotationPlan = { host: "https://h.example", profile: "prod", configFile: "/home/me/.databrickscfg", oldToken, lifetimeSeconds: 7_776_000 };
  return { ws, old, oldToken, file, deps, plan };
}

const apiError = (message: string, status?: number) => Object.assign(new Error(message), { code: "API_ERROR", ...(status ? { status } : {}) });
const allText = (r: { steps: { text: string }[]; state: string }) => [...r.steps.map((s) => s.text), r.state].join("\n");

describe("rotateToken", () => {
  it("creates, saves, verifies, then revokes the old token", async () => {
    const { ws, old, oldToken, file, deps, plan } = setUp();
    const report = await rotateToken(plan, deps);
    expect(report.ok).toBe(true);
    expect(report.oldTokenId).toBe(old.tokenId);
    expect(ws.calls).toEqual(["list", "create", "me", `revoke ${old.tokenId}`]);
    expect(file.token).not.toBe(oldToken);
    expect([...ws.tokens.keys()]).toEqual([file.token]);
    expect(ws.tokens.get(file.token!)!.comment).toBe("dbcfg rotate [prod] 2026-11-28 #abcd1234");
    expect(report.steps.map((s) => s.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(allText(report)).not.toContain(oldToken);
    expect(allText(report)).not.toContain(file.token);
  });

  it("changes nothing when the create is refused (4xx)", async () => {
    const { ws, oldToken, file, deps, plan } = setUp();
    ws.fail.create = apiError("lifetime exceeds maxTokenLifetimeDays", 400);
    const report = await rotateToken(plan, deps);
    expect(report.ok).toBe(false);
    expect(file.saves).toEqual([]);
    expect(file.token).toBe(oldToken);
    expect(ws.calls).toEqual(["list", "create"]);
    expect(report.state).toBe("Nothing changed: profile [prod] in /home/me/.databrickscfg still holds its old token, which is still valid.");
  });

  it("finds and revokes a token the server made before an ambiguous create failure", async () => {
    const { ws, oldToken, file, deps, plan } = setUp();
    ws.fail.createAfterServerActed = apiError("timeout after 60000 ms");
    const report = await rotateToken(plan, deps);
    expect(report.ok).toBe(false);
    expect(file.token).toBe(oldToken);
    expect([...ws.tokens.keys()]).toEqual([oldToken]);
    expect(report.state).toMatch(/The server created a token anyway \([0-9a-f]{64}\); The new token [0-9a-f]{64} was revoked\./);
  });

  it("says no token was made when an ambiguous create left none", async () => {
    const { ws, deps, plan } = setUp();
    ws.fail.create = apiError("connection reset");
    const report = await rotateToken(plan, deps);
    expect(report.state).toMatch(/still valid\. No new token was created\.$/);
  });

  it("revokes the new token and keeps the file when saving fails", async () => {
    const { ws, oldToken, file, deps, plan } = setUp();
    file.failSave = Object.assign(new Error("read-only file system"), { code: "read-only" });
    const report = await rotateToken(plan, deps);
    expect(report.ok).toBe(false);
    expect(file.token).toBe(oldToken);
    expect([...ws.tokens.keys()]).toEqual([oldToken]);
    expect(report.steps.at(-1)!.text).toBe("could not save the new token to /home/me/.databrickscfg: read-only file system");
    expect(report.state).toMatch(/still holds its old token, which is still valid \(the file was not changed\)\. The new token [0-9a-f]{64} was revoked\./);
  });

  it("tells the user to revoke the new token when saving and cleaning up both fail", async () => {
    const { ws, file, deps, plan } = setUp();
    file.failSave = new Error("disk full");
    ws.fail.revoke = apiError("service unavailable", 503);
    const report = await rotateToken(plan, deps);
    expect(report.state).toMatch(/could not be revoked \(service unavailable\): revoke it with `dbcfg token revoke [0-9a-f]{64}`/);
  });

  it("restores the old token and revokes the new one when verification fails", async () => {
    const { ws, old, oldToken, file, deps, plan } = setUp();
    ws.fail.me = apiError("loginPage: the server answered with an HTML login page", 200);
    const report = await rotateToken(plan, deps);
    expect(report.ok).toBe(false);
    expect(file.token).toBe(oldToken);
    expect(file.saves).toHaveLength(2);
    expect([...ws.tokens.values()]).toEqual([old]);
    expect(report.state).toMatch(
      /^Restored the old token in profile \[prod\] in \/home\/me\/\.databrickscfg; it is still valid\. The new token [0-9a-f]{64} was revoked\.$/,
    );
  });

  it("keeps the new token active and points at the backup when the restore fails too", async () => {
    const { ws, file, deps, plan } = setUp();
    ws.fail.me = apiError("Invalid access token.", 403);
    file.failRestore = new Error("lock timeout");
    const report = await rotateToken(plan, deps);
    expect(ws.tokens.size).toBe(2);
    expect(report.state).toContain("now holds the NEW token, which failed verification, and the old token could not be put back (lock timeout)");
    expect(report.state).toContain("is in the backup /home/me/.databrickscfg.bak");
  });

  it("leaves the old token valid and says so when revoking it fails", async () => {
    const { ws, old, deps, plan } = setUp();
    let revokes = 0;
    const service = ws.service;
    deps.open = async (_h, auth) => {
      const s = service(patOf(auth));
      return {
        ...s,
        revoke: async (id) => {
          revokes++;
          throw apiError(`RESOURCE_DOES_NOT_EXIST ${id.slice(0, 4)}`, 404);
        },
      };
    };
    const report = await rotateToken(plan, deps);
    expect(revokes).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.state).toContain(`The old token ${old.tokenId} is STILL VALID: revoke it with \`dbcfg token revoke ${old.tokenId} -p prod\``);
  });

  it("does not revoke anything when the old token's id cannot be known", async () => {
    const { ws, deps, plan } = setUp({ idOf: () => fakePat().slice(4), others: 2 });
    const report = await rotateToken(plan, deps);
    expect(report.ok).toBe(false);
    expect(ws.calls.filter((c) => c.startsWith("revoke"))).toEqual([]);
    expect(ws.tokens.size).toBe(4);
    expect(report.steps.at(-1)).toEqual({ status: "warn", text: "could not tell which listed token is the old one, so it was not revoked" });
    expect(report.state).toContain("The old token is STILL VALID");
  });

  it("reports a dead old token before creating anything", async () => {
    const { ws, deps, plan } = setUp();
    ws.fail.list = apiError("Invalid access token.", 403);
    const report = await rotateToken(plan, deps);
    expect(ws.calls).toEqual(["list"]);
    expect(report.state).toBe("Nothing changed: profile [prod] in /home/me/.databrickscfg still holds its old token.");
  });
});

describe("rotateToken for a service principal (creator credentials)", () => {
  const creator: Credentials = { authType: "oauth-m2m", clientId: "sp-1", clientSecret: "s" };

  it("creates the principal's first PAT with its OAuth credentials and saves it; nothing to revoke", async () => {
    const { ws, file, deps, plan } = setUp();
    ws.add("oauth:sp-1");
    const report = await rotateToken({ ...plan, oldToken: undefined, creator }, deps);
    expect(report.ok).toBe(true);
    expect(report.state).toMatch(/holds the new token \(it held no token before\)/);
    expect(ws.calls).toEqual(["list", "create", "me"]);
    expect(file.saves).toHaveLength(1);
  });

  it("revokes the PAT the target profile held when its SHA-256 id is listed, never the only-listed guess", async () => {
    const { ws, old, deps, plan } = setUp();
    ws.add("oauth:sp-1");
    const report = await rotateToken({ ...plan, creator }, deps);
    expect(report.oldTokenId).toBe(old.tokenId);
    const only: TokenSummary = { tokenId: "ab12", creationTime: 0, expiryTime: -1 };
    expect(findOldTokenId({ oldToken: fakePat(), creator }, [only])).toBeUndefined();
  });

  it("removes the new token from the profile again when it fails verification", async () => {
    const { ws, file, deps, plan } = setUp();
    ws.add("oauth:sp-1");
    ws.fail.me = new Error("Invalid access token.");
    const report = await rotateToken({ ...plan, oldToken: undefined, creator }, deps);
    expect(report.ok).toBe(false);
    expect(report.state).toMatch(/^Removed the new token from profile \[prod\]/);
    expect(file.token).toBeUndefined();
  });
});

describe("findOldTokenId", () => {
  const info = (tokenId: string): TokenSummary => ({ tokenId, creationTime: 0, expiryTime: -1 });
  const token = fakePat();
  const hash = createHash("sha256").update(token).digest("hex");

  it("takes the id the user gave only when it is listed", () => {
    expect(findOldTokenId({ oldToken: token, oldTokenId: "ab12" }, [info("ab12"), info("cd34")])).toBe("ab12");
    expect(findOldTokenId({ oldToken: token, oldTokenId: "ffff" }, [info("ab12")])).toBeUndefined();
  });
  it("matches a listed id equal to the token's SHA-256", () => {
    expect(findOldTokenId({ oldToken: token }, [info("ab12"), info(hash), info("cd34")])).toBe(hash);
  });
  it("takes the only listed token for a PAT, since it authenticated the listing", () => {
    expect(findOldTokenId({ oldToken: token }, [info("ab12")])).toBe("ab12");
  });
  it("guesses nothing among several tokens, nor for a non-PAT bearer token", () => {
    expect(findOldTokenId({ oldToken: token }, [info("ab12"), info("cd34")])).toBeUndefined();
    expect(findOldTokenId({ oldToken: "eyJhbGciOi.not-a-pat" }, [info("ab12")])).toBeUndefined();
  });
});
