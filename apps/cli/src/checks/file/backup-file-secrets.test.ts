import { chmod, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { backupFileSecrets } from "./backup-file-secrets.js";
import { loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";

async function withBackup(mode: number, backupText?: string) {
  const text = await loadFixture("common", "valid.databrickscfg");
  const home = await makeHome(text);
  try {
    await writeFile(`${home.configPath}.bak`, backupText ?? text);
    await chmod(`${home.configPath}.bak`, mode);
    return await runOneCheck(backupFileSecrets, fakeContext({ homeDir: home.dir }));
  } finally {
    await home.cleanup();
  }
}

describe("backup-file-secrets", () => {
  it("passes without a backup", async () => {
    const home = await makeHome(await loadFixture("common", "valid.databrickscfg"));
    try {
      const [finding] = await runOneCheck(backupFileSecrets, fakeContext({ homeDir: home.dir }));
      expect(finding).toMatchObject({ id: "backup-file-secrets", status: "pass", message: "No backup copy of the config file holds secrets." });
    } finally {
      await home.cleanup();
    }
  });

  it("fails for a world-readable .bak holding a token", async () => {
    const [finding] = await withBackup(0o644);
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toMatch(/\.databrickscfg\.bak holds secrets and has mode 0644/);
  });

  it("warns for a private .bak: still a second copy of every secret", async () => {
    const [finding] = await withBackup(0o600);
    expect(finding!.status).toBe("warn");
    expect(finding!.message).toContain("second plain-text copy");
    expect(finding!.fix).toMatch(/^rm /);
  });

  it("ignores a backup without secrets", async () => {
    const [finding] = await withBackup(0o644, "[DEFAULT]\nhost = https://a.cloud.databricks.com\n");
    expect(finding!.status).toBe("pass");
  });
});
