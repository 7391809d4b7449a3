import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GlobalCheck } from "../../doctor/engine/types.js";

/** Finds the nearest folder at or above `start` that holds `.git`. */
async function findWorkTree(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      await stat(join(dir, ".git"));
      return dir;
    } catch {
      // not here; keep walking up
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** A config file inside a git work tree is one `git add .` away from a leaked token. */
export const configInGit: GlobalCheck = {
  id: "config-in-git",
  title: "Config file outside version control",
  group: "file",
  help: "A .databrickscfg inside a git work tree (e.g. a dotfiles repository or a project folder via DATABRICKS_CONFIG_FILE) can be committed and pushed with its tokens.",
  requires: ["config-file-path"],
  online: false,
  scope: "global",
  async run({ input }) {
    if (input.file.kind !== "file") return [{ status: "skip", message: "Skipped: there is no config file." }];
    const tree = await findWorkTree(dirname(input.configPath.path));
    if (!tree) return [{ status: "pass", message: "The file is not inside a git work tree." }];
    return [
      {
        status: "warn",
        message: `${input.configPath.path} is inside the git work tree ${tree}; one \`git add\` publishes its tokens.`,
        fix: `Move the file out of ${tree} (and point DATABRICKS_CONFIG_FILE at it), or add it to ${join(tree, ".gitignore")}.`,
      },
    ];
  },
};
