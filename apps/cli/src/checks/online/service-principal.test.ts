import { describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { servicePrincipal } from "./service-principal.js";
import { runOneCheck } from "../../test-support/doctor-harness.js";
import { startEmulatorHome } from "../../test-support/emulator-home.js";

const APP_ID = "11111111-2222-4333-8444-555555555555";
const TENANT = "9e8d7c6b-5a49-4382-a716-2f3e4d5c6b7a";

async function run(fixture: "m2m" | "entra", sent: string, kept: string) {
  const env = await startEmulatorHome({
    seed: { servicePrincipals: [{ applicationId: APP_ID, displayName: "ci-sp", secret: kept }], entraTenantId: TENANT },
    fixture: ["service-principal", `${fixture}.databrickscfg`],
    values: { CLIENT_SECRET: sent },
  });
  // The local authority's URL is known only once the emulator listens.
  (env.cli.env as Record<string, string>).DBCFG_AZURE_AUTHORITY_URL = env.emulator.entraAuthorityUrl;
  try {
    return await runOneCheck(servicePrincipal, env.cli);
  } finally {
    await env.close();
  }
}

describe("service-principal", () => {
  it.each(["m2m", "entra"] as const)("passes when the %s secret obtains a token the workspace accepts", async (fixture) => {
    const secret = "dose" + fakePat().slice(4);
    const [finding] = await run(fixture, secret, secret);
    expect(finding).toMatchObject({ status: "pass" });
    expect(finding!.message).toMatch(/secret obtains a token; the workspace accepts it as 11111111-2222-4333-8444-555555555555/);
  });

  it.each(["m2m", "entra"] as const)("fails a wrong %s secret with the OAuth error, never showing the secret", async (fixture) => {
    const wrong = "dose" + fakePat().slice(4);
    const [finding] = await run(fixture, wrong, "dose" + fakePat().slice(4));
    expect(finding).toMatchObject({ status: "fail" });
    expect(finding!.message).toMatch(/rejected the client credentials \(invalid_client/);
    expect(JSON.stringify(finding)).not.toContain(wrong.slice(4));
  });

  it("skips a PAT profile", async () => {
    const env = await startEmulatorHome();
    try {
      const [finding] = await runOneCheck(servicePrincipal, env.cli);
      expect(finding).toMatchObject({ status: "skip", message: "Skipped: [DEFAULT] is not a service-principal profile." });
    } finally {
      await env.close();
    }
  });
});
