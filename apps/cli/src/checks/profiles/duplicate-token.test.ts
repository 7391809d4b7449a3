import { describe, expect, it } from "vitest";
import { duplicateToken } from "./duplicate-token.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("duplicate-token", () => {
  it("passes when every token is used once", async () => {
    const [finding] = await checkConfig(duplicateToken, await loadFixture("env", "two-profiles.databrickscfg"));
    expect(finding).toMatchObject({ id: "duplicate-token", status: "pass", message: "Every token appears in one profile only." });
  });

  it("warns when two profiles of one host share a token", async () => {
    const values: Record<string, string> = {};
    const [finding] = await checkConfig(duplicateToken, await loadFixture("duplicate-token", "same-host.databrickscfg", values));
    expect(finding).toMatchObject({ status: "warn", location: expect.objectContaining({ line: 7 }) });
    expect(finding!.message).toBe(`[a], [b] share the token dapi…${values.TOKEN_A!.slice(-4)}; revoking or rotating it breaks all of them.`);
  });

  it("fails when the same token is used for different hosts", async () => {
    const [finding] = await checkConfig(duplicateToken, await loadFixture("duplicate-token", "other-host.databrickscfg"));
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain("but point at different hosts; a PAT works only in the workspace that issued it.");
  });
});
