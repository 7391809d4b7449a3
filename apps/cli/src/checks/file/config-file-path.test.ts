import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configFilePath } from "./config-file-path.js";
import { checkConfig, loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";

describe("config-file-path", () => {
  it("passes for a readable file and says which variable chose it", async () => {
    const [finding] = await checkConfig(configFilePath, await loadFixture("common", "valid.databrickscfg"));
    expect(finding).toMatchObject({ id: "config-file-path", status: "pass" });
    expect(finding!.message).toMatch(/Reading .*\.databrickscfg \(chosen by the HOME variable\): 1 profile\./);
  });

  it("treats a missing file as a first run and shows how to create one", async () => {
    const [finding] = await checkConfig(configFilePath, undefined);
    expect(finding).toMatchObject({ status: "warn", fix: "dbcfg configure --profile DEFAULT --host https://<workspace>.cloud.databricks.com --token-stdin" });
    expect(finding!.message).toContain("No config file at");
    expect(finding!.message).toContain("first run");
  });

  it("passes a missing file when DATABRICKS_HOST and DATABRICKS_TOKEN configure everything", async () => {
    const [finding] = await checkConfig(configFilePath, undefined, { env: { DATABRICKS_HOST: "https://x.cloud.databricks.com", DATABRICKS_TOKEN: "t" } });
    expect(finding!.status).toBe("pass");
  });

  it("fails when the path is a directory", async () => {
    const home = await makeHome();
    try {
      await mkdir(join(home.dir, ".databrickscfg"));
      const [finding] = await runOneCheck(configFilePath, fakeContext({ homeDir: home.dir }));
      expect(finding).toMatchObject({ status: "fail" });
      expect(finding!.message).toContain("is a directory");
    } finally {
      await home.cleanup();
    }
  });

  it("warns about a relative DATABRICKS_CONFIG_FILE, which moves with cd", async () => {
    const home = await makeHome();
    try {
      await mkdir(join(home.dir, "proj"));
      const cli = { ...fakeContext({ homeDir: home.dir, env: { DATABRICKS_CONFIG_FILE: "../.databrickscfg" } }), cwd: join(home.dir, "proj") };
      const { writeFile } = await import("node:fs/promises");
      await writeFile(home.configPath, await loadFixture("common", "valid.databrickscfg"));
      const [finding] = await runOneCheck(configFilePath, cli);
      expect(finding).toMatchObject({ status: "warn", fix: `export DATABRICKS_CONFIG_FILE=${home.configPath}` });
      expect(finding!.message).toContain("DATABRICKS_CONFIG_FILE=../.databrickscfg (relative");
    } finally {
      await home.cleanup();
    }
  });
});
