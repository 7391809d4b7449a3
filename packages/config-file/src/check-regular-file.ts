import type { Stats } from "node:fs";
import { describeIoError } from "./describe-io-error.js";
import { ConfigFileError } from "./errors.js";
import { errnoCode, type FileSystem } from "./file-system.js";

/**
 * Largest config file read or edited: 64 MiB. 100,000 profiles take about 11 MB; a file past the
 * cap is not a Databricks config (or is `/dev/zero`-like), and reading it whole would exhaust
 * memory.
 */
export const MAX_CONFIG_FILE_BYTES = 64 * 1024 * 1024;

/**
 * What `path` is after following symlinks: its `Stats` when it is a regular file within the size
 * cap, `undefined` when it does not exist. Anything else — a directory, a device such as
 * `/dev/null`, a FIFO (whose open would block), a socket, a symlink loop, an over-sized file — is a
 * `ConfigFileError` thrown *before* the file is opened, so nothing hangs and nothing is replaced.
 */
export async function statRegularFile(fs: FileSystem, path: string, action: string): Promise<Stats | undefined> {
  let stats: Stats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw describeIoError(error, action, path);
  }
  if (stats.isDirectory()) throw describeIoError(Object.assign(new Error("is a directory"), { code: "EISDIR" }), action, path);
  if (!stats.isFile()) {
    throw new ConfigFileError(
      "not-a-regular-file",
      `Cannot ${action} ${path}: it is ${fileKind(stats)}, not a regular file. dbcfg reads, edits and chmods only regular files (symlinks to them are followed); ` +
        "point DATABRICKS_CONFIG_FILE at a regular file. Nothing was changed.",
      { path },
    );
  }
  if (stats.size > MAX_CONFIG_FILE_BYTES) {
    throw new ConfigFileError(
      "too-large",
      `Cannot ${action} ${path}: it is ${stats.size} bytes, over the ${MAX_CONFIG_FILE_BYTES} byte (64 MiB) cap for a Databricks config file. Nothing was changed.`,
      { path },
    );
  }
  return stats;
}

function fileKind(stats: Stats): string {
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  return "a special file";
}
