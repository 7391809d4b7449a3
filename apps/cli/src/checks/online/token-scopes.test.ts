import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { tokenScopes } from "./token-scopes.js";
import { tokenValid } from "./token-valid.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome, type EmulatorHome } from "../../test-support/emulator-home.js";

async function withScopedToken(scopes: string[] | undefined, test: (env: EmulatorHome, token: string) => Promise<void>): Promise<void> {
  const env = await startEmulatorHome();
  try {
    const token = env.emulator.mintToken(scopes === undefined ? {} : { scopes });
    await writeFile(env.home.configPath, `[DEFAULT]\nhost = ${env.emulator.url}\ntoken = ${token}\n`);
    await test(env, token);
  } finally {
    await env.close();
  }
}

describe("token-scopes", () => {
  it("warns 'add the scope', not 'renew', when the token lacks the Token API's scope (real 403 over HTTP)", () =>
    withScopedToken(["sql"], async ({ cli }, token) => {
      const [valid] = await runOneCheck(tokenValid, cli);
      expect(valid!.status).toBe("pass");
      const [finding] = await runOneCheck(tokenScopes, cli);
      expect(finding).toMatchObject({ id: "token-scopes", status: "warn" });
      expect(finding!.message).toBe(
        `Token dapi…${token.slice(-4)} is valid but scoped without authentication: the workspace answered 403 "Provided access token does not have required scopes: authentication". Renewing it would not help; it needs the scope.`,
      );
      expect(finding!.fix).toBe(
        "Add the scope authentication to this token (Settings → Developer → Access tokens → edit scopes), or create a token that has it: dbcfg token create --scopes authentication,<the scopes you use>.",
      );
      expect(JSON.stringify(finding)).not.toContain(token.slice(4));
    }));

  it("lists the scopes of a scoped token that may use the Token API", () =>
    withScopedToken(["authentication", "sql"], async ({ cli }, token) => {
      const [finding] = await runOneCheck(tokenScopes, cli);
      expect(finding).toMatchObject({ status: "pass" });
      expect(finding!.message).toBe(
        `Token dapi…${token.slice(-4)} is limited to the scopes authentication, sql. A call outside them gets 403 "does not have required scopes": add the scope then, the token itself is fine.`,
      );
    }));

  it("says when a token is unscoped", () =>
    withScopedToken(undefined, async ({ cli }, token) => {
      const [finding] = await runOneCheck(tokenScopes, cli);
      expect(finding).toMatchObject({ status: "pass", message: `Token dapi…${token.slice(-4)} is unscoped: it can call every API you can.` });
    }));
});
