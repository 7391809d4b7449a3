import { fstatSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Tty from "node:tty";

/**
 * Whether a descriptor is an interactive terminal. `node:tty` loads Node's socket and stream
 * modules, a few milliseconds of every start, so it is asked only about a character device (a
 * terminal is one; a pipe or a regular file, where most `dbcfg` output goes, never is) that is not
 * the null device (CI jobs and scripts often run with `< /dev/null`). A descriptor that cannot be
 * examined (closed) is not a terminal.
 */
export function isTerminal(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice() || isNullDevice(stats.rdev)) return false;
  } catch {
    return false;
  }
  const tty = createRequire(import.meta.url)("node:tty") as typeof Tty;
  return tty.isatty(fd);
}

/** Whether `rdev` is that of /dev/null (false where there is no /dev/null, as on Windows). */
function isNullDevice(rdev: number): boolean {
  try {
    return statSync("/dev/null").rdev === rdev;
  } catch {
    return false;
  }
}
