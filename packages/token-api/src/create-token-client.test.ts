import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ApiError, TokenApiArgumentError } from "./api-error.js";
import { createTokenClient } from "./create-token-client.js";
import { scriptedFetch } from "./test-support/index.js";
import { fakePat } from "@dbcfg/pat/testing";

describe("createTokenClient", () => {
  it("normalises what users paste as host", () => {
    const token = fakePat();
    expect(createTokenClient({ host: "adb-1.2.azuredatabricks.net", token }).host).toBe("https://adb-1.2.azuredatabricks.net");
    expect(createTokenClient({ host: " https://x.cloud.databricks.com/?o=123#a ", token }).host).toBe("https://x.cloud.databricks.com");
    expect(createTokenClient({ host: "http://127.0.0.1:8080/", token }).host).toBe("http://127.0.0.1:8080");
  });

  it("rejects unusable options with clear messages that never echo the token", () => {
    const token = fakePat();
    const cases: [() => unknown, RegExp][] = [
      [() => createTokenClient({ host: "", token }), /host is required/],
      [() => createTokenClient({ host: "ftp://x", token }), /must use https:\/\//],
      [() => createTokenClient({ host: "https://exa mple", token }), /not a valid URL/],
      [() => createTokenClient({ host: "https://x", token: "  " }), /token is required/],
      [() => createTokenClient({ host: "https://x", token: `${token} ${token}` }), /whitespace inside/],
      [() => createTokenClient({ host: "https://x", token, timeoutMs: 0 }), /timeoutMs must be a positive number/],
      [() => createTokenClient({ host: "https://x", token, retry: { maxAttempts: 1.5 } }), /retry\.maxAttempts/],
      [() => createTokenClient({ host: `https://user:${token}@x y`, token }), /not a valid URL/],
    ];
    for (const [build, message] of cases) {
      let error: unknown;
      try {
        build();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TokenApiArgumentError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain(token);
      expect(inspect(error)).not.toContain(token);
    }
  });

  it("rejects bad call arguments before sending anything", async () => {
    const scripted = scriptedFetch([{ status: 200, json: {} }]);
    const c = createTokenClient({ host: "https://x", token: fakePat(), fetch: scripted.fetch });
    await expect(c.tokens.create({ lifetimeSeconds: 0 })).rejects.toThrow(
      /lifetimeSeconds must be a whole number of seconds > 0 \(or -1 for no expiry\), got 0/,
    );
    await expect(c.tokens.create({ lifetimeSeconds: 1.5 })).rejects.toThrow(TokenApiArgumentError);
    await expect(c.tokens.delete("")).rejects.toThrow(/tokenId is required/);
    await expect(c.tokenManagement.get(undefined as unknown as string)).rejects.toThrow(/tokenId is required.*got undefined/);
    await expect(c.tokenManagement.list({ createdById: "12a" })).rejects.toThrow(/createdById must be a decimal user id/);
    await expect(c.tokenManagement.createOnBehalfOf({ applicationId: " " })).rejects.toThrow(/applicationId is required/);
    await expect(c.workspaceConf.get([])).rejects.toThrow(/non-empty list of key names/);
    await expect(c.workspaceConf.get(["a,b"])).rejects.toThrow(/non-empty list of key names/);
    expect(scripted.calls).toHaveLength(0);
  });

  it("keeps the token out of enumerable state, util.inspect and JSON", () => {
    const token = fakePat();
    const c = createTokenClient({ host: "https://x.cloud.databricks.com", token });
    const shown = inspect(c, { depth: 10, showHidden: true });
    expect(shown).not.toContain(token);
    expect(shown).toContain(`dapi…${token.slice(-4)}`);
    expect(JSON.stringify(c)).not.toContain(token);
    const reachable = JSON.stringify(c, (_key, value: unknown) => (typeof value === "function" ? value.toString() : value));
    expect(reachable).not.toContain(token);
    expect(Object.keys(c)).toEqual(["host", "tokens", "tokenManagement", "workspaceConf", "currentUser", "clusters"]);
    for (const api of [c.tokens, c.tokenManagement, c.workspaceConf, c.currentUser]) {
      expect(inspect(api, { depth: 10, showHidden: true })).not.toContain(token);
    }
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("masks a server that echoes the token back in its error message or debug log", async () => {
    const token = fakePat();
    const lines: string[] = [];
    const scripted = scriptedFetch([
      { status: 403, json: { error_code: "PERMISSION_DENIED", message: `token ${token} is not allowed; Authorization: Bearer ${token}` } },
    ]);
    const c = createTokenClient({ host: "https://x", token, fetch: scripted.fetch, debug: { log: (l) => lines.push(l), headers: true } });
    let error: unknown;
    try {
      await c.tokens.list();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    for (const text of [(error as Error).message, String(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), ...lines]) {
      expect(text).not.toContain(token);
    }
    expect(lines.join("\n")).toContain("Authorization: REDACTED");
  });

  it("masks a non-PAT credential too", async () => {
    const token = "opaque-bearer-credential-1234567890";
    const scripted = scriptedFetch([{ status: 400, body: `bad credential ${token}` }]);
    const c = createTokenClient({ host: "https://x", token, fetch: scripted.fetch });
    const error = (await c.tokens.list().catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe("bad credential …7890");
    expect(inspect(c)).not.toContain(token);
  });
});
