import { dirname } from "node:path";
import { removeOrphanTempFiles, writeFileAtomic, folderError } from "./atomic-write.js";
import type { ConfigDocument } from "./config-document.js";
import { statRegularFile } from "./check-regular-file.js";
import { describeIoError } from "./describe-io-error.js";
import { ConfigFileError } from "./errors.js";
import { acquireFileLock, removeOrphanLockFiles, type FileLockOptions } from "./file-lock.js";
import { nodeFileSystem, type FileSystem } from "./file-system.js";
import { readConfigBytes } from "./load-config-file.js";
import { parseConfigFile } from "./parse-config-file.js";
import { resolveWriteTarget } from "./resolve-write-target.js";
import { decodeText, encodeText } from "./text-encoding.js";

export interface SaveConfigFileOptions {
  /** Also keep the previous content as `<file>.bak` (mode 0600), when there was any. */
  backup?: boolean;
  /** Create a missing parent folder (mode 0700) instead of failing with `parent-missing`. */
  createParentDirs?: boolean;
  /** Write `doc` as it is even when the file changed since it was loaded and `doc` has no edits to replay. */
  force?: boolean;
  /** How long to wait for other savers, and when to break a stale lock. */
  lock?: FileLockOptions;
  /** File-operation seam for tests (e.g. to inject ENOSPC). */
  fs?: FileSystem;
}

/** What a save did. */
export interface SaveResult {
  /** The document as now on disk (no pending edits). */
  doc: ConfigDocument;
  /** The file actually written (the symlink target when `path` is a link). */
  target: string;
  /** False when the file already held exactly this content. */
  written: boolean;
  /** True when another process had changed the file and `doc`'s edits were replayed onto it. */
  replayed: boolean;
  /** Where the previous content was saved (`backup: true` and the old file was not empty). */
  backupPath?: string;
}

/**
 * Saves `doc` to `path` without ever leaving a damaged file. Under `<file>.lock` it re-reads the
 * file; if another process changed it since `doc` was loaded, it re-parses it and replays `doc`'s
 * edits on top, so concurrent savers never lose each other's changes. The write is atomic (temp
 * file in the same folder, fsync, rename): a new file gets mode 0600, an existing one keeps its
 * mode (and owner), a symlink is written through to its target. Every failure leaves the old file
 * intact and throws `ConfigFileError` with a stable code.
 */
export async function saveConfigFile(path: string, doc: ConfigDocument, options: SaveConfigFileOptions = {}): Promise<SaveResult> {
  const fs = options.fs ?? nodeFileSystem;
  const target = await resolveWriteTarget(fs, path).catch((error: unknown) => {
    throw describeIoError(error, "save", path);
  });
  await ensureFolder(fs, target, options.createParentDirs === true);
  await statRegularFile(fs, target, "save");
  let lock;
  try {
    lock = await acquireFileLock(`${target}.lock`, { ...options.lock, fs });
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    throw folderError(error, target);
  }
  try {
    return await saveUnderLock(fs, path, target, doc, options);
  } finally {
    await lock.release();
  }
}

async function saveUnderLock(fs: FileSystem, path: string, target: string, doc: ConfigDocument, options: SaveConfigFileOptions): Promise<SaveResult> {
  await removeOrphanTempFiles(fs, target);
  await removeOrphanLockFiles(`${target}.lock`, fs);
  const stats = await statRegularFile(fs, target, "save");
  if (stats) {
    await fs.access(target, 2 /* W_OK */).catch((error: unknown) => {
      throw new ConfigFileError(
        "permission-denied",
        `Cannot save ${target}: the file is not writable for this user (mode ${(stats.mode & 0o777).toString(8)}). Make it writable (chmod u+w) if you mean to change it. The file was not changed.`,
        { path: target, cause: error },
      );
    });
  }
  const bytes = await readConfigBytes(fs, target);
  const current = bytes === undefined ? { text: "", encoding: doc.encoding } : decodeText(bytes);
  const { final, replayed } = reconcile(doc, current.text, current.encoding, path, options.force === true, target);
  const text = final.toString();
  if (bytes !== undefined && text === current.text) return { doc: final, target, written: false, replayed };
  const data = encodeText(text, final.encoding);
  if (!data) {
    throw new ConfigFileError(
      "edit-refused",
      final.encoding === "latin1"
        ? `Cannot save ${target}: the file is not UTF-8, so dbcfg keeps its bytes as they are, and the new text has characters it cannot hold. Convert the file to UTF-8 first. The file was not changed.`
        : `Cannot save ${target}: the text holds an unpaired UTF-16 surrogate, which UTF-8 cannot store exactly. The file was not changed.`,
      { path: target },
    );
  }
  let backupPath: string | undefined;
  if (options.backup && bytes !== undefined && bytes.length > 0) {
    backupPath = `${target}.bak`;
    await writeFileAtomic(fs, backupPath, bytes, { mode: 0o600 });
  }
  await writeFileAtomic(fs, target, data, {
    mode: stats ? stats.mode & 0o7777 : 0o600,
    ...(stats ? { uid: stats.uid, gid: stats.gid } : {}),
  });
  const saved = parseConfigFile(text, { path, encoding: final.encoding });
  return backupPath ? { doc: saved, target, written: true, replayed, backupPath } : { doc: saved, target, written: true, replayed };
}

function reconcile(
  doc: ConfigDocument,
  currentText: string,
  encoding: ConfigDocument["encoding"],
  path: string,
  force: boolean,
  target: string,
): { final: ConfigDocument; replayed: boolean } {
  if (currentText === doc.baseText || force) return { final: doc, replayed: false };
  if (doc.edits.length === 0) {
    throw new ConfigFileError(
      "conflict",
      `Cannot save ${target}: it changed since it was read, and this document has no edits that could be replayed onto the new content. Load it again, or pass force: true to overwrite it.`,
      { path: target },
    );
  }
  const fresh = parseConfigFile(currentText, { path, encoding });
  try {
    for (const edit of doc.edits) fresh.apply(edit);
  } catch (error) {
    throw new ConfigFileError(
      "conflict",
      `Cannot save ${target}: another program changed it meanwhile, and this change no longer applies to the new content (${error instanceof Error ? error.message : String(error)}). The file was not changed; load it again and retry.`,
      { path: target, cause: error },
    );
  }
  return { final: fresh, replayed: true };
}

async function ensureFolder(fs: FileSystem, target: string, create: boolean): Promise<void> {
  const folder = dirname(target);
  if (create) {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      throw folderError(error, target);
    });
    return;
  }
  const stats = await fs.stat(folder).catch((error: unknown) => {
    throw describeIoError(error, "save", target);
  });
  if (!stats.isDirectory()) {
    throw new ConfigFileError("parent-missing", `Cannot save ${target}: ${folder} is not a folder.`, { path: target });
  }
}
