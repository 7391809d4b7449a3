import { describe, expect, it } from "vitest";
import { defaultCase } from "./default-case.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("default-case", () => {
  it("passes with only [DEFAULT]", async () => {
    const [finding] = await checkConfig(defaultCase, await loadFixture("common", "valid.databrickscfg"));
    expect(finding).toMatchObject({ id: "default-case", status: "pass" });
  });

  it("warns that [default] is not the fallback profile", async () => {
    const [finding] = await checkConfig(defaultCase, await loadFixture("default-case", "lowercase-only.databrickscfg"));
    expect(finding).toMatchObject({ status: "warn", fix: "Rename [default] to [DEFAULT].", location: expect.objectContaining({ line: 1 }) });
    expect(finding!.message).toContain('so the SDKs find no default profile and fail with "cannot configure default credentials"');
  });

  it("warns that [default] beside [DEFAULT] is ignored", async () => {
    const [finding] = await checkConfig(defaultCase, await loadFixture("default-case", "both.databrickscfg"));
    expect(finding!.message).toBe("[default] is not [DEFAULT]: names are case-sensitive, so the SDKs use [DEFAULT] and ignore it.");
  });
});
