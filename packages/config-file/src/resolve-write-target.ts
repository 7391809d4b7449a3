import { dirname, resolve } from "node:path";
import { ConfigFileError } from "./errors.js";
import { errnoCode, type FileSystem } from "./file-system.js";

const MAX_LINKS = 40;

/**
 * The real file behind `path`, following symlinks one hop at a time (also a dangling one, whose
 * target the save then creates), so that a save replaces the target and the link stays a link.
 */
export async function resolveWriteTarget(fs: FileSystem, path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let isLink: boolean;
    try {
      isLink = (await fs.lstat(current)).isSymbolicLink();
    } catch (error) {
      if (errnoCode(error) === "ENOENT" || errnoCode(error) === "ENOTDIR") return current;
      throw error;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), await fs.readlink(current));
  }
  throw new ConfigFileError("symlink-loop", `Cannot write ${path}: more than ${MAX_LINKS} symbolic links in a row (a loop?). Point it at a regular file.`, {
    path,
  });
}
