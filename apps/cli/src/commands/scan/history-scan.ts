import type { ContentScanner } from "./content-scanner.js";
import { fingerprintPlace, fingerprintToken } from "./fingerprint.js";
import { scanBlobs, scanOf, type BlobScans } from "./blob-scanner.js";
import { readHeadTree, readHistory, type LoggedCommit } from "./history-log.js";
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
 * against every parent) and whether the path holds it at HEAD. `openScanner` is called once
 * `git log` has started, and blobs are read while its detector loads.
 */
export async function scanHistory(repoDir: string, options: HistoryOptions, openScanner: () => ContentScanner, progress: Progress): Promise<ScanHit[]> {
  const revisions = [options.branches === "all" ? "--all" : "HEAD", ...(options.since ? ["--not", options.since] : [])];
  const history = readHistory(repoDir, revisions);
  // ESLint loads (in a worker thread, where the bundle has one) while `git log`, then `git
  // cat-file`, work in their own processes: blobs are read and prefiltered before it is ready.
  const scanner = openScanner();
  const commits = await history.catch(async (error: unknown) => {
    await scanner.close().catch(() => undefined);
    throw error;
  });
  const pathsByBlob = new Map<string, Set<string>>();
  const addPath = (blob: string | undefined, path: string) => {
    if (blob === undefined) return;
    if (!pathsByBlob.has(blob)) pathsByBlob.set(blob, new Set());
    pathsByBlob.get(blob)!.add(path);
  };
  for (const commit of commits)
    for (const diff of commit.diffs)
      for (const change of diff.values()) {
        addPath(change.newBlob, change.path);
        addPath(change.oldBlob, change.path);
      }
  let scans: BlobScans;
  try {
    scans = await scanBlobs(repoDir, pathsByBlob, (path, content) => scanner.scan(path, content), progress);
  } finally {
    // Also reports a detector that failed to load when no blob needed it.
    await scanner.close();
  }
  const head = await readHeadTree(repoDir);
  return collectIntroductions(commits, scans, head);
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
