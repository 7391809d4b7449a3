import { describe, expect, it } from "vitest";
import { configFilePermissions } from "./config-file-permissions.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("config-file-permissions", () => {
  it("passes for mode 0600", async () => {
    const [finding] = await checkConfig(configFilePermissions, await loadFixture("common", "valid.databrickscfg"), { mode: 0o600 });
    expect(finding).toMatchObject({ id: "config-file-permissions", status: "pass", message: "Mode 0600: only you can read the file." });
  });

  it("warns when every local user can read the tokens", async () => {
    const [finding] = await checkConfig(configFilePermissions, await loadFixture("common", "valid.databrickscfg"), { mode: 0o644 });
    expect(finding!.status).toBe("warn");
    expect(finding!.message).toMatch(/^Mode 0644 lets every local user read the tokens in /);
    expect(finding!.fix).toMatch(/^chmod 600 .*\.databrickscfg/);
  });

  it("warns when only the group can read them", async () => {
    const [finding] = await checkConfig(configFilePermissions, await loadFixture("common", "valid.databrickscfg"), { mode: 0o640 });
    expect(finding!.message).toMatch(/^Mode 0640 lets your group read/);
  });

  it("skips without a file", async () => {
    const [finding] = await checkConfig(configFilePermissions, undefined);
    expect(finding).toMatchObject({ status: "skip", message: "Skipped: there is no config file." });
  });
});
