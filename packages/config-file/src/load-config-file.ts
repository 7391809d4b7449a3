import type { ConfigDocument } from "./config-document.js";
import { statRegularFile } from "./check-regular-file.js";
import { describeIoError } from "./describe-io-error.js";
import { errnoCode, nodeFileSystem, type FileSystem } from "./file-system.js";
import { parseConfigFile } from "./parse-config-file.js";
import { decodeText } from "./text-encoding.js";

export interface LoadConfigFileOptions {
  fs?: FileSystem;
  /** See `ConfigDocumentOptions.verifyWithReaders`. */
  verifyWithReaders?: boolean;
}

/**
 * Reads and parses `path` (following symlinks). A missing file gives an empty document, so that
 * load → edit → save also creates a new file. Bytes that are not UTF-8 are kept as they are (the
 * document is then latin1-decoded and has an `invalid-utf8` diagnostic). Throws `ConfigFileError`
 * (`is-directory`, `not-a-regular-file`, `too-large`, `symlink-loop`, `permission-denied`, …) for anything else.
 */
export async function loadConfigFile(path: string, options: LoadConfigFileOptions = {}): Promise<ConfigDocument> {
  const bytes = await readConfigBytes(options.fs ?? nodeFileSystem, path);
  const { text, encoding } = decodeText(bytes ?? new Uint8Array());
  return parseConfigFile(text, { path, encoding, ...(options.verifyWithReaders === undefined ? {} : { verifyWithReaders: options.verifyWithReaders }) });
}

/** The file's bytes, or undefined when it does not exist; only a regular file within the size cap is opened. */
export async function readConfigBytes(fs: FileSystem, path: string): Promise<Uint8Array | undefined> {
  if ((await statRegularFile(fs, path, "read")) === undefined) return undefined;
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw describeIoError(error, "read", path);
  }
}
