import { describe, expect, it } from "vitest";
import { basicAuth } from "./basic-auth.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("basic-auth", () => {
  it("passes a token profile", async () => {
    const [finding] = await checkConfig(basicAuth, await loadFixture("common", "valid.databrickscfg"));
    expect(finding).toMatchObject({ id: "basic-auth", status: "pass" });
  });

  it("fails username/password: end of life on 2024-07-10", async () => {
    const [finding] = await checkConfig(basicAuth, await loadFixture("basic-auth", "basic.databrickscfg", { PASSWORD: "pw-" + Math.random() }));
    expect(finding).toMatchObject({ status: "fail", profile: "legacy", location: expect.objectContaining({ line: 4 }) });
    expect(finding!.message).toBe(
      "[legacy] uses username/password (basic) authentication, which reached end of life on 2024-07-10 for Databricks-managed passwords.",
    );
  });
});
