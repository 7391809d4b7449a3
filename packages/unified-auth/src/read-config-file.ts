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
  // readProfiles keeps recent results: the doctor and repeated resolutions parse a file once per dialect.
  return { kind: "read", result: readProfiles({ toString: () => text, path }, dialect) };
}
