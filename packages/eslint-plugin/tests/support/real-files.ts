import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** This repository's root, whose `node_modules` holds real Markdown, JSON and YAML. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** Every file under `dir` whose name ends with one of `extensions`, skipping the folders `skip` names. */
export function filesUnder(dir: string, extensions: readonly string[], skip: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !extensions.some((extension) => entry.name.endsWith(extension))) continue;
    const path = join(entry.parentPath, entry.name);
    if ([...skip].some((folder) => path.includes(`/${folder}/`))) continue;
    found.push(path);
  }
  return found.sort();
}

/** The standard library of this machine's `python3` (site-packages left out), or null with the reason. */
export function pythonStdlib(): { dir: string } | { skipped: string } {
  const result = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return { skipped: `python3 is not available (${result.error?.message ?? result.stderr.trim()})` };
  return { dir: result.stdout.trim() };
}

/** Megabytes of the files, for saying what a run covered. */
export function megabytes(files: readonly string[]): string {
  return (files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6).toFixed(1);
}
