import { describe, expect, it } from "vitest";
import { defaultProfileTarget } from "./default-profile-target.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("default-profile-target", () => {
  it("fails when default_profile names nothing, with a suggestion", async () => {
    const [finding] = await checkConfig(defaultProfileTarget, await loadFixture("default-profile-target", "missing.databrickscfg"));
    expect(finding).toMatchObject({
      id: "default-profile-target",
      status: "fail",
      fix: "Set default_profile = prod in [__settings__].",
      location: expect.objectContaining({ line: 2 }),
    });
    expect(finding!.message).toMatch(
      /^default_profile = prdo, but there is no such profile \(did you mean "prod"\?\); the CLI fails with "resolve: .*\.databrickscfg has no prdo profile configured"\.$/,
    );
  });

  it("fails on the reserved name __settings__", async () => {
    const [finding] = await checkConfig(defaultProfileTarget, await loadFixture("default-profile-target", "reserved.databrickscfg"));
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain("__settings__ is a reserved section name and cannot be used as a profile");
  });

  it("passes an existing target", async () => {
    const [finding] = await checkConfig(defaultProfileTarget, await loadFixture("empty-default", "pinned.databrickscfg"));
    expect(finding).toMatchObject({ status: "pass", message: "default_profile = prod exists." });
  });
});
