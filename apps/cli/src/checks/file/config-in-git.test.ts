import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configInGit } from "./config-in-git.js";
import { loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";

describe("config-in-git", () => {
  it("passes outside a work tree", async () => {
    const home = await makeHome(await loadFixture("common", "valid.databrickscfg"));
    try {
      const [finding] = await runOneCheck(configInGit, fakeContext({ homeDir: home.dir }));
      expect(finding).toMatchObject({ id: "config-in-git", status: "pass", message: "The file is not inside a git work tree." });
    } finally {
      await home.cleanup();
    }
  });

  it("warns when the home folder is a git work tree (dotfiles repository)", async () => {
    const home = await makeHome(await loadFixture("common", "valid.databrickscfg"));
    try {
      await mkdir(join(home.dir, ".git"));
      const [finding] = await runOneCheck(configInGit, fakeContext({ homeDir: home.dir }));
      expect(finding!.status).toBe("warn");
      expect(finding!.message).toBe(`${home.configPath} is inside the git work tree ${home.dir}; one \`git add\` publishes its tokens.`);
    } finally {
      await home.cleanup();
    }
  });
});
