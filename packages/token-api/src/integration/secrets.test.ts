import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fault } from "@dbcfg/workspace-emulator";
import { startTestWorkspace, type TestWorkspace } from "../test-support/index.js";

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await startTestWorkspace();
});
afterAll(() => ws.close());

/** Every way a caller could turn an error into text. */
function renderings(error: unknown): string[] {
  return [String(error), (error as Error).message, (error as Error).stack ?? "", inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error)];
}

describe("a planted token never appears in errors, debug logs or util.inspect", () => {
  it("holds across every endpoint, every fault and every error path, with header logging on", async () => {
    const planted = ws.adminToken;
    const lines: string[] = [];
    const texts: string[] = [];
    const secrets = new Set<string>([planted, ws.userToken]);
    const client = ws.client({ debug: { log: (line) => lines.push(line), headers: true }, timeoutMs: 200, retry: { maxAttempts: 2 } });
    const attempt = async (call: () => Promise<unknown>): Promise<void> => {
      try {
        const result = (await call()) as { tokenValue?: string } | undefined;
        if (result?.tokenValue) secrets.add(result.tokenValue);
      } catch (error) {
        texts.push(...renderings(error));
      }
    };
    const everyCall = async (): Promise<void> => {
      await attempt(() => client.currentUser.me());
      await attempt(() => client.tokens.list());
      await attempt(() => client.tokens.create({ comment: `echo ${planted}`, lifetimeSeconds: 600 }));
      await attempt(() => client.tokens.delete("0".repeat(64)));
      await attempt(() => client.tokenManagement.list({ createdByUsername: "user@example.com" }));
      await attempt(() => client.tokenManagement.get("0".repeat(64)));
      await attempt(() => client.tokenManagement.delete("0".repeat(64)));
      await attempt(() => client.tokenManagement.createOnBehalfOf({ applicationId: "6f5ccf28-d83a-4957-9bfb-5bbfac551410", lifetimeSeconds: 600 }));
      await attempt(() => client.workspaceConf.get(["enableTokensConfig", "nope"]));
    };

    await everyCall();
    const paths = ["/api/2.0/token/list", "/api/2.0/token/create", "/api/2.0/preview/scim/v2/Me", "/api/2.0/token-management/on-behalf-of/tokens"];
    const faults: Omit<Fault, "path">[] = [
      { action: "reset" },
      { action: "hang" },
      { action: "html-error" },
      { action: "login-page" },
      { action: "truncated-json" },
      { action: "malformed-json" },
      { status: 429, headers: { "Retry-After": "0" } },
      { status: 503 },
      // A server that echoes the credential back in every shape it could.
      { status: 400, json: { error_code: "BAD_REQUEST", message: `bad token ${planted}`, token: planted } },
      { status: 403, body: `Authorization: Bearer ${planted}` },
      { status: 500, body: `<html><pre>${planted}</pre></html>`, contentType: "text/html" },
    ];
    for (const fault of faults) {
      for (const path of paths) ws.emulator.faults.add({ ...fault, path, times: 2 });
      await everyCall();
      ws.emulator.faults.clear();
    }
    await attempt(() => ws.client({ token: `${planted}x`, debug: { log: (line) => lines.push(line), headers: true } }).tokens.list());

    const everything = [...texts, ...lines, inspect(client, { depth: 20, showHidden: true }), JSON.stringify(client)];
    expect(texts.length).toBeGreaterThan(50);
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.some((line) => line.includes("Authorization: REDACTED"))).toBe(true);
    expect(secrets.size).toBeGreaterThan(3);
    for (const text of everything) {
      for (const secret of secrets) expect(text).not.toContain(secret.slice(4, 16));
      expect(text).not.toMatch(/dapi[0-9a-f]{8,}/);
    }
  }, 30_000);
});
