import { lstat, readdir, readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Detector } from "./detector.js";
import { findWorkTreeRoot, runGit, splitNul } from "./git-process.js";
import type { Progress } from "./progress.js";
import { scanContent } from "./scan-content.js";
import { toHit, type ScanHit } from "./scan-hit.js";

const READ_PARALLELISM = 8;

/**
 * The files under `dir`: inside a git work tree what git would track (`git ls-files -co
 * --exclude-standard`, so `.gitignore` is honoured); elsewhere every regular file, `.git` skipped.
 */
async function listFiles(dir: string): Promise<string[]> {
  if (await findWorkTreeRoot(dir)) {
    return splitNul(await runGit(dir, ["ls-files", "-z", "-c", "-o", "--exclude-standard", "--deduplicate"])).map((path) => join(dir, path));
  }
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== ".git") await walk(join(folder, entry.name));
      else if (entry.isFile()) files.push(join(folder, entry.name));
    }
  };
  await walk(dir);
  return files;
}

/** Paths are shown relative to `cwd` when the target is inside it, else relative to the target's folder. */
function displayBase(cwd: string, folder: string): string {
  const up = relative(cwd, folder);
  return up === ".." || up.startsWith(".." + sep) || isAbsolute(up) ? folder : cwd;
}

/** Every token in the files of `targets` (files or folders), with paths as {@link displayBase} says. */
export async function scanWorkingTree(targets: readonly string[], cwd: string, detector: Detector, progress: Progress): Promise<ScanHit[]> {
  const files: { file: string; base: string }[] = [];
  for (const target of targets) {
    const info = await lstat(target);
    if (info.isDirectory()) files.push(...(await listFiles(target)).map((file) => ({ file, base: displayBase(cwd, target) })));
    else files.push({ file: target, base: displayBase(cwd, dirname(target)) });
  }
  const hits: ScanHit[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const { file, base } = files[next++]!;
      const content = await readRegularFile(file);
      if (!content) continue;
      const path = relative(base, file).split(sep).join("/");
      const { detections, hosts } = scanContent(detector, path, content);
      for (const detection of detections) hits.push(toHit(detection, path, hosts, { inHead: true }));
      progress.advance(content.length);
    }
  };
  await Promise.all(Array.from({ length: READ_PARALLELISM }, worker));
  return hits;
}

/** The bytes of a regular file; undefined for symlinks, sockets and files deleted since listing. */
async function readRegularFile(file: string): Promise<Buffer | undefined> {
  try {
    if (!(await lstat(file)).isFile()) return undefined;
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
