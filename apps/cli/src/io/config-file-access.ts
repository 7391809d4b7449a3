import { loadConfigFile, nodeFileSystem, readProfiles, resolveConfigFilePath, statRegularFile, updateConfigFile } from "@dbcfg/config-file";
import type { CliContext } from "../context.js";
import { CliError } from "../cli/cli-error.js";

/** The config file the SDKs would read: `DATABRICKS_CONFIG_FILE`, else `~/.databrickscfg`. */
export function resolveConfigPath(ctx: CliContext): string {
  return resolveConfigFilePath({ env: ctx.env, homeDir: ctx.homeDir, cwd: ctx.cwd }).path;
}

/** A profile's keys as the Go SDK (the Databricks CLI) reads them, and whether file and profile exist. */
export interface ProfileValues {
  fileExists: boolean;
  profileExists: boolean;
  values: Record<string, string>;
}

export async function readProfileValues(path: string, profile: string): Promise<ProfileValues> {
  // Throws for a symlink loop, an unreadable file or anything but a regular file: never "missing".
  if ((await statRegularFile(nodeFileSystem, path, "read")) === undefined) return { fileExists: false, profileExists: false, values: {} };
  const read = readProfiles(await loadConfigFile(path), "go");
  if ("error" in read) throw new ConfigReadError(`${path} cannot be read as the Databricks CLI reads it: ${read.error}`);
  const values = read.profiles[profile];
  return { fileExists: true, profileExists: values !== undefined, values: { ...values } };
}

/** The file exists but an SDK's parser rejects it; nothing is written over such a file. */
export class ConfigReadError extends CliError {
  constructor(message: string) {
    super("config-unreadable", message);
  }
}

/**
 * Sets (`to` given) or removes (`to` undefined) keys of `profile`, creating it if needed: atomic,
 * every other line kept byte for byte. Resolves to the backup path when a backup was written.
 */
export async function writeProfileChanges(
  path: string,
  profile: string,
  changes: readonly { key: string; to?: string }[],
  options: { backup?: boolean } = {},
): Promise<string | undefined> {
  const result = await updateConfigFile(
    path,
    (doc) => {
      if (!doc.hasProfile(profile)) doc.addProfile(profile);
      for (const change of changes) {
        if (change.to === undefined) doc.deleteKey(profile, change.key);
        else doc.setValue(profile, change.key, change.to);
      }
    },
    { backup: options.backup === true },
  );
  return result.backupPath;
}
