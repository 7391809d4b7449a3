import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../cli/command.js";
import { main } from "../../main.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { emulatorHome, listTokens, type EmulatorHome } from "../../test-support/emulator-home.js";
import { parseScopesFlag } from "./parse-scopes-flag.js";

describe("parseScopesFlag", () => {
  it("splits, trims and keeps modifiers", () => {
    expect(parseScopesFlag(undefined)).toBeUndefined();
    expect(parseScopesFlag(" sql, unity-catalog ,clusters:read")).toEqual(["sql", "unity-catalog", "clusters:read"]);
  });

  it.each([
    ["", /at least one scope/],
    [",", /at least one scope/],
    ["sql,sql", /lists "sql" twice/],
    ["sql;drop", /"sql;drop" is not a scope name/],
  ])("refuses %j", (raw, message) => {
    expect(() => parseScopesFlag(raw)).toThrow(UsageError);
    expect(() => parseScopesFlag(raw)).toThrow(message);
  });
});

describe("dbcfg token create --scopes / token list over HTTP", () => {
  let env: EmulatorHome;
  let token: string;
  const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
  const run = async (argv: string[]) => {
    const ctx = fakeContext({ homeDir: env.home.dir });
    const code = await main(argv, ctx);
    return { code, stdout: ctx.stdout.text, stderr: ctx.stderr.text };
  };
  beforeEach(async () => {
    env = await emulatorHome();
    token = env.emulator.mintToken({ comment: "laptop" });
    env.writeConfig(`[DEFAULT]\nhost = ${env.emulator.url}\ntoken = ${token}\n`);
  });
  afterEach(() => env.close());

  it("creates a scoped token, lists its scopes, and the scopes are enforced", async () => {
    const created = await run(["token", "create", "--comment", "bi", "--scopes", "sql,unity-catalog"]);
    expect(created.code).toBe(0);
    const value = created.stdout.trim();
    expect(created.stderr).toMatch(/, scopes sql, unity-catalog\.\n$/);
    const info = (await listTokens(env.emulator, token)).find((t) => t.token_id === sha256(value));
    expect(info).toMatchObject({ comment: "bi", scopes: ["sql", "unity-catalog"] });
    const listed = await run(["token", "list"]);
    expect(listed.stdout).toMatch(new RegExp(`${sha256(value)}\\s.*sql,unity-catalog\\s+bi`));
    expect(listed.stdout).toMatch(new RegExp(`${sha256(token)}\\s.*\\(all\\)\\s+laptop`));
    const json = JSON.parse((await run(["token", "list", "--json"])).stdout) as { tokens: { tokenId: string; scopes?: string[] }[] };
    expect(json.tokens.find((t) => t.tokenId === sha256(value))?.scopes).toEqual(["sql", "unity-catalog"]);

    env.writeConfig(`[DEFAULT]\nhost = ${env.emulator.url}\ntoken = ${value}\n`);
    const outOfScope = await run(["token", "list"]);
    expect(outOfScope.code).toBe(1);
    expect(outOfScope.stderr).toContain("does not have required scopes: authentication");
    for (const out of [created.stderr, listed.stdout, outOfScope.stderr]) {
      expect(out).not.toContain(value.slice(4));
      expect(out).not.toContain(token.slice(4));
    }
  });

  it("refuses a bad --scopes before creating anything", async () => {
    const out = await run(["token", "create", "--scopes", "sql,,sql"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--scopes lists "sql" twice.');
    expect(await listTokens(env.emulator, token)).toHaveLength(1);
  });
});
