import * as fs from "node:fs/promises";

/**
 * The file operations the loader and saver use. Tests pass a variant (e.g. one whose `open`
 * returns a handle that fails with ENOSPC) through the `fs` option: an explicit seam, never a
 * global mock.
 */
export interface FileSystem {
  readFile: typeof fs.readFile;
  open: typeof fs.open;
  lstat: typeof fs.lstat;
  stat: typeof fs.stat;
  readlink: typeof fs.readlink;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
  link: typeof fs.link;
  mkdir: typeof fs.mkdir;
  access: typeof fs.access;
  readdir: typeof fs.readdir;
}

export const nodeFileSystem: FileSystem = {
  readFile: fs.readFile,
  open: fs.open,
  lstat: fs.lstat,
  stat: fs.stat,
  readlink: fs.readlink,
  rename: fs.rename,
  unlink: fs.unlink,
  link: fs.link,
  mkdir: fs.mkdir,
  access: fs.access,
  readdir: fs.readdir,
};

/** The `code` of a Node system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
