import { dirname } from "node:path";
import { ConfigFileError } from "./errors.js";
import { errnoCode } from "./file-system.js";

/**
 * Turns a Node I/O error into a `ConfigFileError` with a stable code and a message that says what
 * failed, where, what to do, and that the original file was not changed.
 */
export function describeIoError(error: unknown, action: string, path: string): ConfigFileError {
  if (error instanceof ConfigFileError) return error;
  const code = errnoCode(error);
  const folder = dirname(path);
  const intact = "The existing file was not changed.";
  switch (code) {
    case "EISDIR":
      return new ConfigFileError(
        "is-directory",
        `Cannot ${action} ${path}: it is a directory, not a file. Remove or rename the directory, or point DATABRICKS_CONFIG_FILE at a file.`,
        { path, cause: error },
      );
    case "EACCES":
    case "EPERM":
      return new ConfigFileError(
        "permission-denied",
        `Cannot ${action} ${path}: permission denied. Check the owner and mode of the file and of ${folder} (ls -l). ${intact}`,
        { path, cause: error },
      );
    case "EROFS":
      return new ConfigFileError("read-only", `Cannot ${action} ${path}: ${folder} is on a read-only file system. ${intact}`, { path, cause: error });
    case "ENOSPC":
    case "EDQUOT":
      return new ConfigFileError(
        "disk-full",
        `Cannot ${action} ${path}: no space left on the device (or quota exceeded). Free some space and try again. ${intact}`,
        { path, cause: error },
      );
    case "ENOENT":
    case "ENOTDIR":
      return new ConfigFileError("parent-missing", `Cannot ${action} ${path}: the folder ${folder} does not exist. Create it first (mkdir -p ${folder}).`, {
        path,
        cause: error,
      });
    case "ELOOP":
      return new ConfigFileError(
        "symlink-loop",
        `Cannot ${action} ${path}: its symbolic links form a loop (or a chain too long to follow). Point it at a regular file (ls -l ${path}). ${intact}`,
        { path, cause: error },
      );
    default:
      return new ConfigFileError("io-error", `Cannot ${action} ${path}: ${error instanceof Error ? error.message : String(error)}. ${intact}`, {
        path,
        cause: error,
      });
  }
}
