import { runGit, streamGit } from "./git-process.js";
import { HistoryLogParser, type LoggedCommit, type PathChange } from "./history-log-parser.js";

/**
 * The `git log` (https://git-scm.com/docs/git-log) that lists every commit reachable from
 * `revisions` with what it changed: renames are off, so a renamed file is a delete plus an add
 * of the same blob, and merges are diffed against each parent (`-m`) so a blob first made in a
 * merge (an "evil merge") is seen too. Reverse topological order puts parents first.
 */
export function historyLogArgs(revisions: readonly string[]): string[] {
  return [
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
  ];
}

/**
 * Every commit reachable from `revisions` with what it changed ({@link historyLogArgs}). Each
 * changed path goes to `onChange` while `git log` still writes, so its blob can be read at once.
 */
export async function readHistory(repoDir: string, revisions: readonly string[], onChange?: (change: PathChange) => void): Promise<LoggedCommit[]> {
  const parser = new HistoryLogParser(onChange);
  await streamGit(repoDir, historyLogArgs(revisions), (chunk) => parser.push(chunk));
  return parser.end();
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
