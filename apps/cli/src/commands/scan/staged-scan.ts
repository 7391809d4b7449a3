import { scanBlobs, scanOf } from "./blob-scanner.js";
import type { Detector } from "./detector.js";
import { runGit, splitNul } from "./git-process.js";
import type { Progress } from "./progress.js";
import { scanContent } from "./scan-content.js";
import { toHit, type ScanHit } from "./scan-hit.js";

/**
 * Every token in the index of the repository at `repoDir` (what the next commit would hold, not
 * the working tree): the blobs `git ls-files --stage` lists, read through `git cat-file --batch`.
 */
export async function scanStaged(repoDir: string, detector: Detector, progress: Progress): Promise<ScanHit[]> {
  const pathsByBlob = new Map<string, Set<string>>();
  for (const record of splitNul(await runGit(repoDir, ["ls-files", "--stage", "-z"]))) {
    const tab = record.indexOf("\t");
    const [mode, blob] = record.slice(0, tab).split(" ");
    if (mode === "160000" || !blob) continue;
    const path = record.slice(tab + 1);
    if (!pathsByBlob.has(blob)) pathsByBlob.set(blob, new Set());
    pathsByBlob.get(blob)!.add(path);
  }
  const scans = await scanBlobs(repoDir, pathsByBlob, async (path, content) => scanContent(detector, path, content), progress);
  const hits: ScanHit[] = [];
  for (const [blob, paths] of pathsByBlob) {
    for (const path of paths) {
      const scan = scanOf(scans, blob, path);
      for (const detection of scan?.detections ?? []) hits.push(toHit(detection, path, scan!.hosts, { inHead: true }));
    }
  }
  return hits;
}
