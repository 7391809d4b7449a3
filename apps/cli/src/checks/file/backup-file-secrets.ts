import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { findPats } from "@dbcfg/pat";
import type { CheckOutcome, GlobalCheck } from "../../doctor/engine/types.js";
import { shellArg } from "../../doctor/input/locate.js";

const SECRET_KEY = /^\s*(token|password|client_secret|azure_client_secret|google_credentials)\s*[=:]\s*\S/im;

/** `.databrickscfg.bak` and friends beside the config file: the backups `databricks configure` (and `--fix`) leave. */
async function findBackups(path: string): Promise<string[]> {
  const name = basename(path);
  try {
    return (await readdir(dirname(path))).filter((f) => f.startsWith(name) && f.endsWith(".bak")).map((f) => join(dirname(path), f));
  } catch {
    return [];
  }
}

/** `databricks configure` copies the old file to `.databrickscfg.bak`: a second plain-text copy of every token. */
export const backupFileSecrets: GlobalCheck = {
  id: "backup-file-secrets",
  title: "Backup copies of the config file",
  group: "file",
  help: "The Databricks CLI writes the previous config to `<path>.bak` before every change (and so does `dbcfg doctor --fix`, mode 0600); such copies hold the same secrets, keep old and revoked tokens around, and keep whatever mode they were created with.",
  requires: [],
  online: false,
  scope: "global",
  async run({ input }) {
    const outcomes: CheckOutcome[] = [];
    for (const path of await findBackups(input.configPath.path)) {
      let mode: number;
      let text: string;
      try {
        mode = (await stat(path)).mode & 0o777;
        text = await readFile(path, "utf8");
      } catch {
        continue;
      }
      if (findPats(text).length === 0 && !SECRET_KEY.test(text)) continue;
      const octal = mode.toString(8).padStart(4, "0");
      outcomes.push(
        (mode & 0o077) !== 0
          ? {
              status: "fail",
              message: `${path} holds secrets and has mode ${octal}: other local users can read them.`,
              fix: `rm ${shellArg(path)}   (or at least: chmod 600 ${shellArg(path)})`,
            }
          : {
              status: "warn",
              message: `${path} is a second plain-text copy of your secrets (mode ${octal}); old and revoked tokens linger there.`,
              fix: `rm ${shellArg(path)}`,
            },
      );
    }
    return outcomes.length > 0 ? outcomes : [{ status: "pass", message: "No backup copy of the config file holds secrets." }];
  },
};
