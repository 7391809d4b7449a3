import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { readProfiles, type DialectReadResult } from "@dbcfg/config-file";
import type { Dialect } from "./types.js";

export type ConfigFileRead =
  | { kind: "missing" }
  | { kind: "directory" }
  | { kind: "read"; result: DialectReadResult };

/** Read `path` (relative to `cwd`) the way `dialect`'s SDK reads it. */
export async function readConfigFile(dialect: Dialect, path: string, cwd: string): Promise<ConfigFileRead> {
  const absolute = resolve(cwd, path);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch {
    return { kind: "missing" };
  }
  if (isDirectory) return { kind: "directory" };
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch {
    return { kind: "missing" };
  }
  return { kind: "read", result: readParsed(text, path, dialect) };
}

/**
 * Recently parsed files by content, path and dialect: callers that resolve the same file several
 * times (the doctor asks per SDK, per question) parse it once. Results are treated as read-only.
 */
const recent = new Map<string, DialectReadResult>();
const RECENT_LIMIT = 12;

function readParsed(text: string, path: string, dialect: Dialect): DialectReadResult {
  const key = `${dialect}\u0000${path}\u0000${text}`;
  const cached = recent.get(key);
  if (cached) return cached;
  const result = readProfiles({ toString: () => text, path }, dialect);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(key, result);
  return result;
}
