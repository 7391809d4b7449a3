import { describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { accountHostPat } from "./account-host-pat.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("account-host-pat", () => {
  it("fails a PAT on the account console and offers OAuth M2M or Entra ID, without the token", async () => {
    const token = fakePat();
    const findings = await checkConfig(accountHostPat, await loadFixture("account-host-pat", "pat.databrickscfg", { TOKEN_A: token }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: "fail", profile: "acct", location: expect.objectContaining({ line: 4 }) });
    expect(findings[0]!.message).toContain("points at the account console (accounts.cloud.databricks.com) with a personal access token");
    expect(findings[0]!.fix).toMatch(/OAuth M2M .*client_id and client_secret.*Entra ID service principal/);
    expect(JSON.stringify(findings)).not.toContain(token.slice(4));
  });

  it("passes an Entra ID service principal on the account console and skips workspace hosts", async () => {
    const secret = "dose" + fakePat().slice(4);
    const findings = await checkConfig(
      accountHostPat,
      await loadFixture("account-host-pat", "oauth.databrickscfg", { CLIENT_SECRET: secret, TOKEN_A: fakePat() }),
    );
    expect(findings.map((f) => [f.profile, f.status])).toEqual([
      ["acct", "pass"],
      ["workspace", "skip"],
    ]);
    expect(JSON.stringify(findings)).not.toContain(secret);
  });
});
