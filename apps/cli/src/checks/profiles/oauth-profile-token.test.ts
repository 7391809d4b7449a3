import { describe, expect, it } from "vitest";
import { oauthProfileToken } from "./oauth-profile-token.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";
import { fakePat } from "@dbcfg/pat/testing";

describe("oauth-profile-token", () => {
  it("flags an OAuth profile that still holds a token, at its line, without printing it", async () => {
    const values: Record<string, string> = {};
    const findings = await checkConfig(oauthProfileToken, await loadFixture("oauth-profile-token", "stale-token.databrickscfg", values), { allProfiles: true });
    const laptop = findings.find((f) => f.profile === "laptop");
    expect(laptop).toMatchObject({
      status: "warn",
      message: `[laptop] uses OAuth (auth_type = databricks-cli) but still holds token = dapi…${values.TOKEN_A!.slice(-4)}: it is never sent, yet it is a working credential lying in the file.`,
      location: expect.objectContaining({ line: 5, column: 1 }),
    });
    expect(findings.find((f) => f.profile === "ci")).toMatchObject({ status: "pass" });
    for (const value of Object.values(values)) expect(JSON.stringify(findings)).not.toContain(value.slice(4, -4));
  });

  it("warns when DATABRICKS_TOKEN meets a profile pinned to databricks-cli or to pat", async () => {
    const envToken = fakePat();
    const findings = await checkConfig(oauthProfileToken, await loadFixture("oauth-profile-token", "clean.databrickscfg"), {
      allProfiles: true,
      env: { DATABRICKS_TOKEN: envToken },
    });
    expect(findings.find((f) => f.profile === "laptop")).toMatchObject({
      status: "warn",
      message: `DATABRICKS_TOKEN (dapi…${envToken.slice(-4)}) is set, but [laptop] pins auth_type = databricks-cli: the SDKs use the OAuth login and ignore the variable.`,
      fix: "unset DATABRICKS_TOKEN   (or remove auth_type from [laptop] to use the token)",
    });
    expect(findings.find((f) => f.profile === "ci")!.message).toMatch(
      /^\[ci\] pins auth_type = pat, and DATABRICKS_TOKEN \(dapi…[0-9a-f]{4}\) replaces its token dapi…[0-9a-f]{4}: the variable's token is the one sent\.$/,
    );
    expect(JSON.stringify(findings)).not.toContain(envToken.slice(4, -4));
  });

  it("passes clean OAuth and PAT profiles", async () => {
    const findings = await checkConfig(oauthProfileToken, await loadFixture("oauth-profile-token", "clean.databrickscfg"), { allProfiles: true });
    expect(findings.map((f) => f.status)).toEqual(["pass", "pass"]);
  });
});
