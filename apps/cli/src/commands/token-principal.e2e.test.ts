import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { emulatorHome, listTokens, type EmulatorHome } from "../test-support/emulator-home.js";
import { requireBuiltCli, runBuiltCli } from "../test-support/run-built-cli.js";
import { expectSecretsAbsent } from "../test-support/expect-secrets-absent.js";
import { doctorInEveryFormat } from "../test-support/doctor-every-format.js";
import { fakePat } from "@dbcfg/pat/testing";

// The built CLI authenticating as a service principal (OAuth M2M and Entra ID) against the emulator.
const APP_ID = "11111111-2222-4333-8444-555555555555";
const TENANT = "9e8d7c6b-5a49-4382-a716-2f3e4d5c6b7a";
const RESOURCE_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Databricks/workspaces/ws";
let env: EmulatorHome;
let secret: string;
/** A PAT of the principal minted directly, to read its token list over HTTP (filtered out of the results). */
let probe: string;

async function principalTokens(): Promise<{ token_id: string; comment?: string }[]> {
  return (await listTokens(env.emulator, probe)).filter((t) => t.comment !== "probe");
}

beforeAll(() => requireBuiltCli());
afterEach(async () => {
  await env.close();
});

async function start(): Promise<void> {
  secret = "dose" + fakePat().slice(4);
  env = await emulatorHome({
    seed: {
      servicePrincipals: [{ applicationId: APP_ID, displayName: "ci-sp", secret }],
      entraTenantId: TENANT,
    },
  });
  probe = env.emulator.mintToken({ userName: APP_ID, comment: "probe" });
}

const cli = (args: string[], extra: Record<string, string> = {}) => runBuiltCli(args, { env: { HOME: env.home.dir, ...extra } });

describe("token commands with a service-principal profile", () => {
  it("OAuth M2M: create, list and revoke a PAT that belongs to the principal", async () => {
    await start();
    env.writeConfig(`[sp]\nhost = ${env.emulator.url}\nclient_id = ${APP_ID}\nclient_secret = ${secret}\n`);
    const created = await cli(["token", "create", "-p", "sp", "--comment", "ci", "--lifetime-seconds", "3600"]);
    expect(created.code).toBe(0);
    const pat = created.stdout.trim();
    expect(pat).toMatch(/^dapi[0-9a-f]{32}/);
    expect((await principalTokens()).map((t) => t.comment)).toEqual(["ci"]);
    expectSecretsAbsent(created, secret);

    const listed = await cli(["token", "list", "-p", "sp", "--json"]);
    expect(listed.code).toBe(0);
    const tokens = JSON.parse(listed.stdout).tokens as { tokenId: string; comment: string }[];
    expect(tokens.map((t) => t.comment).sort()).toEqual(["ci", "probe"]);
    expectSecretsAbsent(listed, secret, pat);

    const revoked = await cli(["token", "revoke", tokens.find((t) => t.comment === "ci")!.tokenId, "-p", "sp"]);
    expect(revoked.code).toBe(0);
    expect(await principalTokens()).toEqual([]);
  });

  it("OAuth M2M: a wrong secret fails with the OAuth error, never the secret", async () => {
    await start();
    const wrong = "dose" + fakePat().slice(4);
    env.writeConfig(`[sp]\nhost = ${env.emulator.url}\nclient_id = ${APP_ID}\nclient_secret = ${wrong}\n`);
    const run = await cli(["token", "list", "-p", "sp"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rejected the client credentials \(invalid_client/);
    expectSecretsAbsent(run, wrong, secret);
  });

  it("rotate --save-to-profile creates the principal's PAT, saves it with the host, verifies it, and revokes the previous one next time", async () => {
    await start();
    env.writeConfig(`[sp]\nhost = ${env.emulator.url}\nclient_id = ${APP_ID}\nclient_secret = ${secret}\n`);
    const first = await cli(["token", "rotate", "-p", "sp", "--save-to-profile", "sp-pat"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/verified: the new token authenticates as/);
    expect(first.stdout).toMatch(/holds the new token \(it held no token before\)/);
    const saved = /\[sp-pat\]\nhost = (\S+)\ntoken = (\S+)/.exec(env.readConfig());
    expect(saved?.[1]).toBe(env.emulator.url);
    const firstPat = saved![2]!;
    const second = await cli(["token", "rotate", "-p", "sp", "--save-to-profile", "sp-pat"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/revoked the old token/);
    expect(await principalTokens()).toHaveLength(1);
    expect(env.readConfig()).not.toContain(firstPat);
    for (const run of [first, second]) expectSecretsAbsent(run, secret, firstPat);
    const refused = await cli(["token", "rotate", "-p", "sp", "--save-to-profile", "sp"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/profile \[sp\] holds client_secret/);
  });

  it("rotate without --save-to-profile prints the principal's new PAT once on stdout and revokes --old-token-id", async () => {
    await start();
    env.writeConfig(`[sp]\nhost = ${env.emulator.url}\nclient_id = ${APP_ID}\nclient_secret = ${secret}\n`);
    const old = env.emulator.mintToken({ userName: APP_ID });
    const oldId = (await principalTokens())[0]!.token_id;
    const run = await cli(["token", "rotate", "-p", "sp", "--old-token-id", oldId]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^dapi[0-9a-f]{32}/);
    expect(run.stderr).toContain(`Revoked the old token ${oldId}`);
    expect((await principalTokens()).map((t) => t.token_id)).not.toContain(oldId);
    expectSecretsAbsent(run, secret, old);
  });

  it("an admin creates a token on behalf of the principal", async () => {
    await start();
    const admin = env.emulator.mintToken({ userName: "admin@example.com" });
    env.writeConfig(`[admin]\nhost = ${env.emulator.url}\ntoken = ${admin}\n`);
    const run = await cli(["token", "create", "-p", "admin", "--on-behalf-of", APP_ID, "--comment", "obo"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`for service principal ${APP_ID}`);
    expect((await principalTokens()).map((t) => t.comment)).toEqual(["obo"]);
    expectSecretsAbsent(run, admin);
  });

  it("Entra ID: an azure-client-secret profile authenticates through the local authority (DBCFG_AZURE_AUTHORITY_URL)", async () => {
    await start();
    env.writeConfig(
      `[azure-sp]\nhost = ${env.emulator.url}\nazure_workspace_resource_id = ${RESOURCE_ID}\n` +
        `azure_tenant_id = ${TENANT}\nazure_client_id = ${APP_ID}\nazure_client_secret = ${secret}\n`,
    );
    const authority = { DBCFG_AZURE_AUTHORITY_URL: env.emulator.entraAuthorityUrl };
    const created = await cli(["token", "create", "-p", "azure-sp", "--comment", "entra"], authority);
    expect(created.code, created.stderr).toBe(0);
    expect((await principalTokens()).map((t) => t.comment)).toEqual(["entra"]);
    expect(env.emulator.requests.some((r) => r.path === `/${TENANT}/oauth2/token`)).toBe(true);
    expectSecretsAbsent(created, secret);
    env.writeConfig(env.readConfig().replace(TENANT, "00000000-1111-4222-8333-444444444444"));
    const wrongTenant = await cli(["token", "list", "-p", "azure-sp"], authority);
    expect(wrongTenant.code).toBe(1);
    expect(wrongTenant.stderr).toMatch(/Microsoft Entra ID refused the token request with 400 \(invalid_request: AADSTS90002/);
    expectSecretsAbsent(wrongTenant, secret);
  });
});

describe("doctor with service-principal and Databricks Connect profiles (built CLI)", () => {
  it("reports the principal, a wrong secret and the cluster checks in text, JSON and SARIF without any secret", async () => {
    secret = "dose" + fakePat().slice(4);
    const wrong = "dose" + fakePat().slice(4);
    const pat = fakePat();
    env = await emulatorHome({
      seed: {
        servicePrincipals: [{ applicationId: APP_ID, displayName: "ci-sp", secret }],
        entraTenantId: TENANT,
        clusters: [
          { cluster_id: "0123-000000-aaaaaaaa", cluster_name: "old", spark_version: "12.2.x-scala2.12", state: "TERMINATED", data_security_mode: "NONE" },
        ],
        tokens: [{ userName: "admin@example.com", value: pat }],
      },
    });
    env.writeConfig(
      `[sp]\nhost = ${env.emulator.url}\nclient_id = ${APP_ID}\nclient_secret = ${secret}\ncluster_id = 0123-000000-aaaaaaaa\n` +
        `[wrong]\nhost = ${env.emulator.url}\nclient_id = ${APP_ID}\nclient_secret = ${wrong}\n` +
        `[acct]\nhost = https://accounts.cloud.databricks.com\naccount_id = 00000000-0000-0000-0000-000000000001\ntoken = ${pat}\n`,
    );
    const { report, sarif, text } = await doctorInEveryFormat(
      ["--all-profiles", "--check", "service-principal,cluster-runtime,cluster-state,cluster-access-mode,account-host-pat"],
      {
        env: { HOME: env.home.dir },
        secrets: [secret, wrong, pat],
        exitCode: 1,
      },
    );
    const status = (id: string, profile: string) => report.checks.find((c) => c.id === id && c.profile === profile)?.status;
    expect(status("service-principal", "sp")).toBe("pass");
    expect(status("service-principal", "wrong")).toBe("fail");
    expect(status("cluster-visible", "sp")).toBe("pass");
    expect(status("cluster-runtime", "sp")).toBe("fail");
    expect(status("cluster-state", "sp")).toBe("warn");
    expect(status("cluster-access-mode", "sp")).toBe("fail");
    expect(status("account-host-pat", "acct")).toBe("fail");
    expect(text).toContain("Databricks Runtime 12.2 (12.2.x-scala2.12)");
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(["service-principal", "cluster-runtime", "account-host-pat"]));
  });
});
