import { runGit } from "./git-process.js";

const NULL_OID = /^0+$/;
const GITLINK_MODE = "160000";

/** One path a commit changed, against one of its parents (merges list one block per parent). */
export interface PathChange {
  path: string;
  /** The blob before (undefined when the path was added). */
  oldBlob: string | undefined;
  /** The blob after (deleted paths are not listed). */
  newBlob: string;
}

/** A commit of the scanned history, in an order where every parent comes before its children. */
export interface LoggedCommit {
  sha: string;
  parentCount: number;
  authorDate: string;
  /** The changed paths, one map per parent diff (one for root commits): path → change. */
  diffs: Map<string, PathChange>[];
}

/**
 * Every commit reachable from `revisions` with what it changed, read from one `git log -m --raw`
 * (https://git-scm.com/docs/git-log): renames are off, so a renamed file is a delete plus an add
 * of the same blob, and merges are diffed against each parent so a blob first made in a merge
 * (an "evil merge") is seen too. Reverse topological order puts parents first.
 */
export async function readHistory(repoDir: string, revisions: readonly string[]): Promise<LoggedCommit[]> {
  const output = await runGit(repoDir, [
    "-c",
    "core.quotePath=false",
    "log",
    ...revisions,
    "--reverse",
    "--topo-order",
    "-m",
    "--root",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "-z",
    "--format=%x01%H %P %at",
    "--",
  ]);
  const fields = output.toString("utf8").split("\0");
  const commits: LoggedCommit[] = [];
  let current: LoggedCommit | undefined;
  let diff: Map<string, PathChange> | undefined;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!.replace(/^\n/, "");
    if (field.startsWith("\x01")) {
      const [sha, ...rest] = field.slice(1).split(" ");
      const seconds = Number(rest.pop());
      if (current?.sha !== sha) {
        current = { sha: sha!, parentCount: rest.filter(Boolean).length, authorDate: new Date(seconds * 1000).toISOString(), diffs: [] };
        commits.push(current);
      }
      diff = new Map();
      current.diffs.push(diff);
    } else if (field.startsWith(":") && diff) {
      const [, newMode, oldBlob, newBlob, status] = field.slice(1).split(" ");
      const path = fields[++i]!;
      if (status === "D" || newMode === GITLINK_MODE || !newBlob) continue;
      diff.set(path, { path, oldBlob: oldBlob && !NULL_OID.test(oldBlob) ? oldBlob : undefined, newBlob });
    }
  }
  return commits;
}

/** Path → blob of every file at HEAD (empty when the repository has no commit yet). */
export async function readHeadTree(repoDir: string): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  let output: Buffer;
  try {
    output = await runGit(repoDir, ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "HEAD"]);
  } catch {
    return tree;
  }
  for (const record of output.toString("utf8").split("\0")) {
    const tab = record.indexOf("\t");
    if (tab < 0) continue;
    const [, type, blob] = record.slice(0, tab).split(" ");
    if (type === "blob") tree.set(record.slice(tab + 1), blob!);
  }
  return tree;
}
