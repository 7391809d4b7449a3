import { chmod, realpath } from "node:fs/promises";
import { nodeFileSystem, statRegularFile } from "@dbcfg/config-file";

/**
 * Sets a config file that holds a token to mode 0600 when group or others could read it, and
 * returns the mode it had (as `0644`), or undefined when nothing changed. Only a regular file is
 * ever chmodded (a symlink is followed to it). POSIX modes do not apply on Windows.
 */
export async function tightenToOwnerOnly(path: string): Promise<string | undefined> {
  if (process.platform === "win32") return undefined;
  const stats = await statRegularFile(nodeFileSystem, path, "change the mode of");
  if (stats === undefined || (stats.mode & 0o077) === 0) return undefined;
  await chmod(await realpath(path), 0o600);
  return (stats.mode & 0o777).toString(8).padStart(4, "0");
}
