import { createHash } from "node:crypto";
import { mkdirSync, statSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { fakeContext, type FakeContextOptions } from "../test-support/fake-context.js";
import { emulatorHome, listTokens, whoIs, type EmulatorHome } from "../test-support/emulator-home.js";

let env: EmulatorHome;
let token: string;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

beforeEach(async () => {
  env = await emulatorHome();
  token = env.emulator.mintToken({ comment: "laptop" });
  env.writeConfig(
    `; my workspaces\n[DEFAULT]\nhost = ${env.emulator.url}\n; rotated by dbcfg\ntoken = ${token}\n\n[other]\nhost = https://example.cloud.databricks.com\n`,
  );
});
afterEach(async () => {
  await env.close();
});

async function run(argv: string[], options: FakeContextOptions = {}) {
  const ctx = fakeContext({ homeDir: env.home.dir, ...options });
  const code = await main(argv, ctx);
  return { code, stdout: ctx.stdout.text, stderr: ctx.stderr.text };
}

function expectNoSecret(output: { stdout: string; stderr: string }, ...secrets: string[]) {
  for (const secret of secrets) {
    expect(output.stdout).not.toContain(secret.slice(4));
    expect(output.stderr).not.toContain(secret.slice(4));
  }
}

describe("dbcfg token create", () => {
  it("writes the new token, and only it, to a non-TTY stdout", async () => {
    const out = await run(["token", "create", "--comment", "ci", "--lifetime-seconds", "3600"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^dapi[0-9a-f]{32}\n$/);
    const created = out.stdout.trim();
    expect(await whoIs(env.emulator, created)).toBe("admin@example.com");
    const info = (await listTokens(env.emulator, token)).find((t) => t.token_id === sha256(created))!;
    expect(info.comment).toBe("ci");
    expect(info.expiry_time - info.creation_time).toBe(3_600_000);
    expect(out.stderr).toContain(`Created token ${sha256(created)} on ${env.emulator.url}, expires `);
    expect(out.stderr).not.toContain(created.slice(4));
    expect(out.stderr).not.toContain(token.slice(4));
  });

  it("defaults to a 90-day lifetime and a dbcfg comment", async () => {
    const out = await run(["token", "create", "-p", "DEFAULT"]);
    const info = (await listTokens(env.emulator, token)).find((t) => t.token_id === sha256(out.stdout.trim()))!;
    expect(info.expiry_time - info.creation_time).toBe(90 * 86_400_000);
    expect(info.comment).toBe("created by dbcfg");
  });

  it("refuses a terminal stdout without --show, before creating anything", async () => {
    const out = await run(["token", "create"], { stdoutIsTTY: true });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("stdout is a terminal: refusing to print a new token");
    expect(env.emulator.requests.filter((r) => r.path === "/api/2.0/token/create")).toHaveLength(0);
  });

  it("prints to a terminal with --show", async () => {
    const out = await run(["token", "create", "--show"], { stdoutIsTTY: true });
    expect(out.code).toBe(0);
    expect(await whoIs(env.emulator, out.stdout.trim())).toBe("admin@example.com");
  });

  it("reports the API's refusal with exit 1 and no secret", async () => {
    const out = await run(["token", "create", "--lifetime-seconds", String(800 * 86_400)]);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^Error: .*lifetime/i);
    expectNoSecret(out, token);
  });

  it.each([["0"], ["-1"], ["soon"]])("rejects --lifetime-seconds=%s as a usage error", async (value) => {
    const out = await run(["token", "create", `--lifetime-seconds=${value}`]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--lifetime-seconds must be a whole number of at least 1");
  });

  it("reports the SDK's exact error for a profile without credentials", async () => {
    const out = await run(["token", "create", "-p", "other"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("Error: default auth: cannot configure default credentials");
    expect(out.stderr).toMatch(/\n\(`dbcfg doctor -p other` explains what is wrong and how to fix it\.\)\n$/);
    expect(env.emulator.requests).toHaveLength(0);
  });

  it("refuses a profile that authenticates without a token", async () => {
    env.writeConfig(`[basic]\nhost = ${env.emulator.url}\nusername = me\npassword = secret-password-123\n`);
    const out = await run(["token", "create", "-p", "basic"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('profile [basic]: auth type "basic" is not supported here: dbcfg authenticates with pat, oauth-m2m, azure-client-secret only');
    expect(out.stderr).not.toContain("secret-password-123");
  });
});

describe("dbcfg token list", () => {
  it("lists ids, comments and expiry, never values", async () => {
    env.emulator.setWorkspaceConf({ maxTokenLifetimeDays: "0" });
    const second = env.emulator.mintToken({ comment: "never-expires", lifetimeSeconds: -1 });
    const out = await run(["token", "list"]);
    expect(out.code).toBe(0);
    expect(out.stdout.split("\n")[0]).toMatch(/^ID\s+Created\s+Expires\s+Scopes\s+Comment$/);
    expect(out.stdout).toContain(sha256(token));
    expect(out.stdout).toMatch(new RegExp(`${sha256(second)}\\s.*never\\s+\\(all\\)\\s+never-expires`));
    expect(out.stdout).toMatch(/\(in 7\d\d days\)\s+\(all\)\s+laptop/);
    expectNoSecret(out, token, second);
  });

  it("prints JSON with --json", async () => {
    const out = await run(["token", "list", "--json"]);
    const parsed = JSON.parse(out.stdout) as { tokens: { tokenId: string; comment: string }[] };
    expect(parsed.tokens).toEqual([expect.objectContaining({ tokenId: sha256(token), comment: "laptop" })]);
  });

  it("says what failed when the server sends a login page", async () => {
    env.emulator.faults.add({ path: "/api/2.0/token/list", action: "login-page" });
    const out = await run(["token", "list"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^Error: .*login/i);
    expect(out.stderr).toMatch(/\n\(`dbcfg doctor` explains what is wrong and how to fix it\.\)\n$/);
  });
});

describe("dbcfg token revoke", () => {
  it("revokes a token by id", async () => {
    const victim = env.emulator.mintToken({ comment: "old" });
    const out = await run(["token", "revoke", sha256(victim)]);
    expect(out).toMatchObject({ code: 0, stdout: `Revoked token ${sha256(victim)} on ${env.emulator.url}.\n` });
    expect(await whoIs(env.emulator, victim)).toBe(403);
  });

  it("refuses a token value in place of an id, without echoing it", async () => {
    const out = await run(["token", "revoke", token]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("that is a token value, not a token id");
    expectNoSecret(out, token);
  });

  it("needs exactly one id", async () => {
    expect((await run(["token", "revoke"])).code).toBe(2);
    expect((await run(["token", "revoke", "ab12cd", "ef34ab"])).code).toBe(2);
  });

  it("reports an unknown id with exit 1", async () => {
    const out = await run(["token", "revoke", "ab".repeat(32)]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^Error: /);
  });
});

describe("dbcfg token rotate", () => {
  const tokenLine = (config: string) => /^token = (\S+)/m.exec(config)![1]!;

  it("creates, saves, verifies, then revokes — keeping every other line", async () => {
    const before = env.readConfig();
    const out = await run(["token", "rotate", "--lifetime-seconds", "86400"]);
    expect(out.code).toBe(0);
    const after = env.readConfig();
    const fresh = tokenLine(after);
    expect(fresh).not.toBe(token);
    expect(after).toBe(before.replace(token, fresh));
    expect(await whoIs(env.emulator, fresh)).toBe("admin@example.com");
    expect(await whoIs(env.emulator, token)).toBe(403);
    expect(statSync(`${env.home.configPath}.bak`).mode & 0o777).toBe(0o600);
    expect(out.stdout).toContain(`✓ revoked the old token ${sha256(token)}`);
    expect(out.stdout).toContain("Done: profile [DEFAULT]");
    expectNoSecret(out, token, fresh);
  });

  it("changes nothing when the create is refused", async () => {
    const before = env.readConfig();
    const out = await run(["token", "rotate", "--lifetime-seconds", String(800 * 86_400)]);
    expect(out.code).toBe(1);
    expect(env.readConfig()).toBe(before);
    expect(await whoIs(env.emulator, token)).toBe("admin@example.com");
    expect(out.stderr).toContain("Nothing changed: profile [DEFAULT]");
  });

  it("changes nothing when the create fails with a server error, and says no token was made", async () => {
    env.emulator.faults.add({ path: "/api/2.0/token/create", status: 500, json: { error_code: "INTERNAL_ERROR", message: "boom" } });
    const before = env.readConfig();
    const out = await run(["token", "rotate"]);
    expect(out.code).toBe(1);
    expect(env.readConfig()).toBe(before);
    expect(out.stderr).toContain("still holds its old token, which is still valid. No new token was created.");
    expect(await listTokens(env.emulator, token)).toHaveLength(1);
  });

  it("revokes the new token when it cannot be saved, and leaves the file alone", async () => {
    mkdirSync(`${env.home.configPath}.bak`);
    const before = env.readConfig();
    const out = await run(["token", "rotate"]);
    expect(out.code).toBe(1);
    expect(env.readConfig()).toBe(before);
    expect(out.stdout).toContain("✗ could not save the new token");
    expect(out.stderr).toMatch(/still holds its old token, which is still valid \(the file was not changed\)\. The new token [0-9a-f]{64} was revoked\./);
    expect((await listTokens(env.emulator, token)).map((t) => t.token_id)).toEqual([sha256(token)]);
  });

  it("restores the old token when the new one fails verification", async () => {
    env.emulator.faults.add({ path: "/api/2.0/preview/scim/v2/Me", action: "login-page", times: 1 });
    const before = env.readConfig();
    const out = await run(["token", "rotate"]);
    expect(out.code).toBe(1);
    expect(env.readConfig()).toBe(before);
    expect(out.stdout).toContain("✗ the new token did not authenticate");
    expect(out.stderr).toMatch(/^Restored the old token in profile \[DEFAULT\] .*; it is still valid\. The new token [0-9a-f]{64} was revoked\.$/m);
    expect(await whoIs(env.emulator, token)).toBe("admin@example.com");
    expect(await listTokens(env.emulator, token)).toHaveLength(1);
  });

  it("keeps the new, verified token and names the old one when revoking it fails", async () => {
    env.emulator.faults.add({ path: "/api/2.0/token/delete", status: 500, json: { error_code: "INTERNAL_ERROR", message: "try later" }, times: 1 });
    const out = await run(["token", "rotate"]);
    expect(out.code).toBe(1);
    const fresh = tokenLine(env.readConfig());
    expect(await whoIs(env.emulator, fresh)).toBe("admin@example.com");
    expect(await whoIs(env.emulator, token)).toBe("admin@example.com");
    expect(out.stderr).toContain(`The old token ${sha256(token)} is STILL VALID: revoke it with \`dbcfg token revoke ${sha256(token)} -p DEFAULT\`.`);
    expectNoSecret(out, token, fresh);
  });

  it("revokes the token named by --old-token-id", async () => {
    const out = await run(["token", "rotate", "--old-token-id", sha256(token)]);
    expect(out.code).toBe(0);
    expect(await whoIs(env.emulator, token)).toBe(403);
  });

  it("revokes nothing when --old-token-id names no listed token, and says how to finish", async () => {
    const out = await run(["token", "rotate", "--old-token-id", "f".repeat(64)]);
    expect(out.code).toBe(1);
    expect(await whoIs(env.emulator, token)).toBe("admin@example.com");
    expect(await whoIs(env.emulator, tokenLine(env.readConfig()))).toBe("admin@example.com");
    expect(out.stdout).toContain("! could not tell which listed token is the old one, so it was not revoked");
    expect(out.stderr).toContain("The old token is STILL VALID: find it with `dbcfg token list -p DEFAULT`");
  });

  it("refuses when the token comes from DATABRICKS_TOKEN", async () => {
    const out = await run(["token", "rotate"], { env: { DATABRICKS_TOKEN: token, DATABRICKS_HOST: env.emulator.url } });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("comes from the environment variable DATABRICKS_TOKEN, not from a profile");
    expectNoSecret(out, token);
  });

  it("refuses when DATABRICKS_HOST points the profile's token elsewhere", async () => {
    const out = await run(["token", "rotate", "-p", "DEFAULT"], { env: { DATABRICKS_HOST: "https://elsewhere.cloud.databricks.com" } });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("the host comes from the environment variable DATABRICKS_HOST");
  });
});

describe("dbcfg token", () => {
  it("needs a known subcommand", async () => {
    expect((await run(["token"])).code).toBe(2);
    const out = await run(["token", "mint"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown token subcommand "mint"');
  });
});
