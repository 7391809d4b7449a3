import type { BigIntStats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { readProfiles, type DialectReadResult } from "@dbcfg/config-file";
import type { Dialect } from "./types.js";

export type ConfigFileRead = { kind: "missing" } | { kind: "directory" } | { kind: "read"; result: DialectReadResult };

/** Read `path` (relative to `cwd`) the way `dialect`'s SDK reads it. */
export async function readConfigFile(dialect: Dialect, path: string, cwd: string): Promise<ConfigFileRead> {
  const absolute = resolve(cwd, path);
  let stats: BigIntStats;
  try {
    stats = await stat(absolute, { bigint: true });
  } catch {
    return { kind: "missing" };
  }
  if (stats.isDirectory()) return { kind: "directory" };
  // Only a regular file is opened: a FIFO would block the open and /dev/zero never ends. Anything
  // else reads as empty, which is exactly what the SDKs get from the common case, /dev/null.
  if (!stats.isFile()) return { kind: "read", result: readProfiles({ toString: () => "", path }, dialect) };
  const key = [dialect, path, absolute, stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join("\u0000");
  let pending = recent.get(key);
  if (pending === undefined) {
    // The promise is cached, not its result: callers that resolve in parallel share one read.
    pending = readFile(absolute, "utf8").then(
      (text) => readProfiles({ toString: () => text, path }, dialect),
      () => undefined,
    );
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(key, pending);
  }
  const result = await pending;
  return result === undefined ? { kind: "missing" } : { kind: "read", result };
}

/**
 * Recently parsed files by path, identity (device, inode), size and change times (nanoseconds)
 * and dialect: callers that resolve the same unchanged file many times (the doctor per SDK and
 * question, `dbcfg profiles` once per profile) read and parse it once instead of once per call,
 * which made 10,000 profiles cost 10,000 reads of the whole file. Results are treated as read-only.
 */
const recent = new Map<string, Promise<DialectReadResult | undefined>>();
const RECENT_LIMIT = 12;
