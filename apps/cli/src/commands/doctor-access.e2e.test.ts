import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "@dbcfg/workspace-emulator";
import { loadFixture } from "../test-support/doctor-harness.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { doctorInEveryFormat } from "../test-support/doctor-every-format.js";

/** A client secret built at run time, shaped like a Databricks OAuth secret (`dose…`). */
const plantedSecret = () => "dose" + Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("hex");

let emulator: Emulator | undefined;
let home: TempHome | undefined;
afterEach(async () => {
  await emulator?.close();
  await home?.cleanup();
  emulator = undefined;
  home = undefined;
});

describe("doctor on scoped tokens and IP access lists (built CLI, real HTTP)", () => {
  it("an IP ACL refusal is reported as the network, not the token, in text, JSON and SARIF", async () => {
    emulator = await startEmulator({ seed: { workspaceId: 4242, blockedAddresses: ["127.0.0.1"] } });
    const token = emulator.mintToken();
    const secret = plantedSecret();
    home = await makeHome(await loadFixture("ip-access-list", "blocked-and-sp.databrickscfg", { URL: emulator.url, TOKEN_A: token, CLIENT_SECRET: secret }));
    const { text, report: json, sarif } = await doctorInEveryFormat(["--verbose"], { env: { HOME: home.dir }, secrets: [token, secret], exitCode: 1 });
    const blocked = json.checks.find((c) => c.id === "ip-access-list");
    expect(blocked).toMatchObject({ status: "fail", profile: "DEFAULT" });
    expect(blocked!.message).toContain("refuses requests from 127.0.0.1: it is not on the workspace's IP access list");
    expect(blocked!.fix).toContain("VPN");
    expect(json.checks.find((c) => c.id === "token-valid")).toMatchObject({ status: "skip" });
    expect(json.checks.some((c) => /renew|Create a new token/i.test(`${c.message} ${c.fix ?? ""}`))).toBe(false);
    expect(text).toContain("Network allowed by the workspace IP access list");
    expect(text).toContain("Source IP address: 127.0.0.1 is blocked by Databricks IP ACL for workspace: 4242");
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === "ip-access-list")?.message.text).toContain("127.0.0.1");
  });

  it("a token without the Token API's scope gets 'add the scope', in text, JSON and SARIF", async () => {
    emulator = await startEmulator();
    const token = emulator.mintToken({ scopes: ["sql"] });
    const secret = plantedSecret();
    home = await makeHome(await loadFixture("token-scopes", "scoped-and-sp.databrickscfg", { URL: emulator.url, TOKEN_A: token, CLIENT_SECRET: secret }));
    const { text, report: json, sarif } = await doctorInEveryFormat(["--verbose"], { env: { HOME: home.dir }, secrets: [token, secret], exitCode: 0 });
    expect(json.checks.find((c) => c.id === "token-valid")).toMatchObject({ status: "pass" });
    const scopes = json.checks.find((c) => c.id === "token-scopes");
    expect(scopes).toMatchObject({ status: "warn" });
    expect(scopes!.message).toContain('"Provided access token does not have required scopes: authentication"');
    expect(scopes!.fix).toContain("dbcfg token create --scopes authentication");
    expect(text).toContain("Renewing it would not help; it needs the scope.");
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === "token-scopes")?.message.text).toContain("scoped without authentication");
  });
});
