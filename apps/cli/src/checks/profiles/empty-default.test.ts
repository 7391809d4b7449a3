import { describe, expect, it } from "vitest";
import { emptyDefault } from "./empty-default.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("empty-default", () => {
  it("warns about an empty [DEFAULT] beside named profiles", async () => {
    const [finding] = await checkConfig(emptyDefault, await loadFixture("empty-default", "empty.databrickscfg"));
    expect(finding).toMatchObject({ id: "empty-default", status: "warn", location: expect.objectContaining({ line: 1 }) });
    expect(finding!.message).toBe(
      '[DEFAULT] is empty and no default_profile is set, so commands without --profile fail with "cannot configure default credentials"; named profiles: prod.',
    );
  });

  it("passes when default_profile pins a profile", async () => {
    const [finding] = await checkConfig(emptyDefault, await loadFixture("empty-default", "pinned.databrickscfg"));
    expect(finding!.status).toBe("pass");
    expect(finding!.message).toContain("default_profile picks [prod]");
  });

  it("passes a filled [DEFAULT]", async () => {
    const [finding] = await checkConfig(emptyDefault, await loadFixture("common", "valid.databrickscfg"));
    expect(finding!.status).toBe("pass");
  });
});
