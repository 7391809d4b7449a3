import { basename, dirname, join } from "node:path";
import { describeIoError } from "./describe-io-error.js";
import { ConfigFileError } from "./errors.js";
import { errnoCode, type FileSystem } from "./file-system.js";
import { isProcessAlive } from "./file-lock.js";
import { randomHex } from "./random-hex.js";

export interface AtomicWriteOptions {
  mode: number;
  uid?: number;
  gid?: number;
}

/** `.<name>.<pid>.<random>.tmp` beside the target: same folder, so the rename is atomic. */
export function tempFileName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomHex(6)}.tmp`);
}

/**
 * Replaces `target` with `data` so that readers (and a crash at any moment) see either the old or
 * the new file, never a part: write a temp file in the same folder (mode 0600 from the start, so a
 * token is never world-readable), fsync it, set the final mode and owner, rename it over the
 * target, then fsync the folder. On failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(fs: FileSystem, target: string, data: Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const temp = tempFileName(target);
  let handle;
  try {
    handle = await fs.open(temp, "wx", 0o600);
  } catch (error) {
    throw folderError(error, target);
  }
  try {
    await handle.writeFile(data);
    await handle.chmod(options.mode);
    if (options.uid !== undefined && options.gid !== undefined && process.getuid?.() === 0) {
      await handle.chown(options.uid, options.gid).catch(() => undefined);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw describeIoError(error, "write", target);
  }
  await syncFolder(fs, dirname(target));
}

/** Errors creating a file in the folder mean the folder is not writable: say so. */
export function folderError(error: unknown, target: string): ConfigFileError {
  const code = errnoCode(error);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return new ConfigFileError(
      "read-only",
      `Cannot save ${target}: the folder ${dirname(target)} is read-only for this user (cannot create files in it${code === "EROFS" ? ": read-only file system" : ""}). Make it writable or set DATABRICKS_CONFIG_FILE to a file in a writable folder. The existing file was not changed.`,
      { path: target, cause: error },
    );
  }
  return describeIoError(error, "save", target);
}

async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, "r");
    await handle.sync().catch(() => undefined);
    await handle.close();
  } catch {
    // Not every platform can open or fsync a folder; the rename is already done.
  }
}

/** Removes temp files of `target` (and of its `.bak`) left by savers that died mid-write (their pid is gone). */
export async function removeOrphanTempFiles(fs: FileSystem, target: string): Promise<number> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await fs.readdir(dirname(target));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^\.(?:bak\.)?(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length - 1));
    if (!match || isProcessAlive(Number(match[1]))) continue;
    await fs.unlink(join(dirname(target), name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}
