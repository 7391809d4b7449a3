import type { ContentScanner } from "./content-scanner.js";
import { fingerprintPlace, fingerprintToken } from "./fingerprint.js";
import { BlobScanQueue, scanOf, type BlobScans } from "./blob-scanner.js";
import { readHeadTree, readHistory } from "./history-log.js";
import type { LoggedCommit } from "./history-log-parser.js";
import type { Progress } from "./progress.js";
import type { Detection } from "./detector.js";
import { toHit, type IntroducingCommit, type ScanHit } from "./scan-hit.js";

export interface HistoryOptions {
  /** Only commits not reachable from this revision. */
  since?: string;
  /** `all`: every ref (`git log --all`); `current`: HEAD only. */
  branches: "all" | "current";
}

const fingerprintOf = (file: string, d: Detection) => (d.token ? fingerprintToken(d.token) : fingerprintPlace(file, d.line, d.column, d.redacted));

/**
 * Every token in the history of the repository at `repoDir`: each distinct blob any commit wrote
 * is read once; a (token, path) is reported once, with the commits that introduced it there (the
 * token is in the new blob at the path and in none of the parents' blobs at the path: for a merge,
 * against every parent) and whether the path holds it at HEAD. `git log`, `git cat-file` and
 * `git ls-tree` run at once: each blob is requested as soon as `git log` names it, and read and
 * prefiltered while the detector `openScanner` opens loads.
 */
export async function scanHistory(repoDir: string, options: HistoryOptions, openScanner: () => ContentScanner, progress: Progress): Promise<ScanHit[]> {
  const revisions = [options.branches === "all" ? "--all" : "HEAD", ...(options.since ? ["--not", options.since] : [])];
  // Spawned in the order they are needed: `git log` names the blobs `git cat-file` reads. The
  // callbacks run only once output arrives, after every one of them has started.
  const history = readHistory(repoDir, revisions, (change) => {
    queue.add(change.newBlob, change.path);
    if (change.oldBlob !== undefined) queue.add(change.oldBlob, change.path);
  });
  const queue = new BlobScanQueue(repoDir, (path, content) => scanner.scan(path, content), progress);
  const head = readHeadTree(repoDir);
  const scanner = openScanner();
  let commits: LoggedCommit[];
  let scans: BlobScans;
  try {
    commits = await history.catch(async (error: unknown) => {
      await queue.abort();
      throw error;
    });
    scans = await queue.finish();
  } finally {
    // Also reports a detector that failed to load when no blob needed it.
    await scanner.close();
  }
  return collectIntroductions(commits, scans, await head);
}

interface Introduction {
  detection: Detection;
  hosts: Set<string>;
  commits: IntroducingCommit[];
}

function collectIntroductions(commits: readonly LoggedCommit[], scans: BlobScans, head: ReadonlyMap<string, string>): ScanHit[] {
  const introductions = new Map<string, Introduction & { path: string; fingerprint: string }>();
  for (const commit of commits) {
    const [first, ...others] = commit.diffs;
    if (!first || commit.diffs.length < Math.max(commit.parentCount, 1)) continue;
    for (const change of first.values()) {
      const scan = scanOf(scans, change.newBlob, change.path);
      if (!scan || others.some((diff) => !diff.has(change.path))) continue;
      const before = new Set<string>();
      for (const diff of commit.diffs) {
        for (const d of scanOf(scans, diff.get(change.path)!.oldBlob, change.path)?.detections ?? []) before.add(fingerprintOf(change.path, d));
      }
      for (const detection of scan.detections) {
        const fingerprint = fingerprintOf(change.path, detection);
        if (before.has(fingerprint)) continue;
        const key = `${fingerprint}\0${change.path}`;
        let entry = introductions.get(key);
        if (!entry) {
          entry = { path: change.path, fingerprint, detection, hosts: new Set(), commits: [] };
          introductions.set(key, entry);
        }
        scan.hosts.forEach((host) => entry.hosts.add(host));
        if (!entry.commits.some((c) => c.sha === commit.sha)) entry.commits.push({ sha: commit.sha, authorDate: commit.authorDate });
      }
    }
  }
  return [...introductions.values()].map((entry) => {
    const atHead = scanOf(scans, head.get(entry.path), entry.path);
    const inHead = atHead?.detections.some((d) => fingerprintOf(entry.path, d) === entry.fingerprint) ?? false;
    const commitsByDate = [...entry.commits].sort((a, b) => a.authorDate.localeCompare(b.authorDate));
    return toHit(entry.detection, entry.path, [...entry.hosts], { inHead, commits: commitsByDate });
  });
}
