import { afterEach, describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { main } from "../../main.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome, type TempHome } from "../../test-support/temp-home.js";
import { planSaveToProfile } from "./rotate-principal.js";
import type { WorkspaceTarget } from "./workspace-target.js";

let home: TempHome;
afterEach(async () => {
  await home.cleanup();
});

const HOST = "https://dbc-1.cloud.databricks.com";
const secret = "dose" + fakePat().slice(4);

function target(configFile: string): WorkspaceTarget {
  return {
    host: HOST,
    credentials: { authType: "oauth-m2m", clientId: "app", clientSecret: secret },
    tokenOrigin: "profile [sp]",
    hostOrigin: "profile [sp]",
    profile: "sp",
    configFile,
    resolution: { configFile } as WorkspaceTarget["resolution"],
  };
}

describe("planSaveToProfile", () => {
  it("plans the PAT for NAME with the profile's current PAT as the old one, adding the host when NAME has none", async () => {
    const old = fakePat();
    home = await makeHome(`[sp-pat]\ntoken = ${old}\n`);
    const { plan, hostMissing } = await planSaveToProfile(target(home.configPath), "sp-pat", 3600, undefined);
    expect(hostMissing).toBe(true);
    expect(plan).toMatchObject({ host: HOST, profile: "sp-pat", oldToken: old, lifetimeSeconds: 3600, creator: { authType: "oauth-m2m" } });
  });

  it("refuses a NAME holding a client secret or another workspace's host", async () => {
    home = await makeHome(`[sp]\nhost = ${HOST}\nclient_id = app\nclient_secret = ${secret}\n[other]\nhost = https://dbc-2.cloud.databricks.com\n`);
    await expect(planSaveToProfile(target(home.configPath), "sp", 3600, undefined)).rejects.toThrow(/profile \[sp\] holds client_secret/);
    await expect(planSaveToProfile(target(home.configPath), "other", 3600, undefined)).rejects.toThrow(
      /profile \[other\] points at https:\/\/dbc-2.cloud.databricks.com, not https:\/\/dbc-1.cloud.databricks.com/,
    );
  });
});

describe("dbcfg token rotate of a service principal without --save-to-profile", () => {
  it("refuses before creating anything when stdout is a terminal, and a PAT profile refuses --save-to-profile", async () => {
    home = await makeHome(`[sp]\nhost = ${HOST}\nclient_id = app\nclient_secret = ${secret}\n[pat]\nhost = ${HOST}\ntoken = ${fakePat()}\n`);
    let calls = 0;
    const fetch = (async () => {
      calls++;
      throw new Error("no network in this test");
    }) as typeof globalThis.fetch;
    const tty = fakeContext({ homeDir: home.dir, stdoutIsTTY: true, fetch });
    expect(await main(["token", "rotate", "-p", "sp"], tty)).toBe(2);
    expect(tty.stderr.text).toMatch(/stdout is a terminal: refusing to print the new token .* No token was created\./);
    const pat = fakeContext({ homeDir: home.dir, fetch });
    expect(await main(["token", "rotate", "-p", "pat", "--save-to-profile", "x"], pat)).toBe(2);
    expect(pat.stderr.text).toContain("--save-to-profile and --show are for service-principal (OAuth) profiles");
    expect(calls).toBe(0);
    expect(tty.stderr.text + pat.stderr.text).not.toContain(secret.slice(4));
  });
});
