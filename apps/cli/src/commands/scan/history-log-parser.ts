const NULL_OID = /^0+$/;
const GITLINK_MODE = "160000";
const NUL = 0;

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
 * Parses the output of `git log -z --raw --format=%x01%H %P %at` (https://git-scm.com/docs/git-log,
 * "Raw output format") as it streams in, chunk by chunk, split anywhere: each changed path is
 * handed to `onChange` as soon as its record is complete, so blobs can be read while `git log`
 * still runs. Fields end in NUL; a NUL byte never occurs inside a UTF-8 character, so a chunk is
 * decoded up to its last NUL and the rest waits for the next chunk.
 */
export class HistoryLogParser {
  readonly commits: LoggedCommit[] = [];
  private carry: Buffer | undefined;
  private current: LoggedCommit | undefined;
  private diff: Map<string, PathChange> | undefined;
  /** A `:<modes> <blobs> <status>` record whose path is the next field. */
  private rawRecord: string | undefined;

  constructor(private readonly onChange: (change: PathChange) => void = () => undefined) {}

  push(chunk: Buffer): void {
    const lastNul = chunk.lastIndexOf(NUL);
    if (lastNul < 0) {
      this.carry = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      return;
    }
    const complete = this.carry ? Buffer.concat([this.carry, chunk.subarray(0, lastNul)]) : chunk.subarray(0, lastNul);
    this.carry = lastNul + 1 < chunk.length ? chunk.subarray(lastNul + 1) : undefined;
    for (const field of complete.toString("utf8").split("\0")) this.field(field);
  }

  /** Ends the output (a last field without its NUL counts) and returns every commit. */
  end(): LoggedCommit[] {
    if (this.carry) this.field(this.carry.toString("utf8"));
    this.carry = undefined;
    return this.commits;
  }

  private field(raw: string): void {
    if (this.rawRecord !== undefined) {
      const record = this.rawRecord;
      this.rawRecord = undefined;
      return this.change(record, raw);
    }
    const field = raw.charCodeAt(0) === 10 ? raw.slice(1) : raw;
    if (field.startsWith("\x01")) this.header(field.slice(1));
    else if (field.startsWith(":") && this.diff) this.rawRecord = field.slice(1);
  }

  private header(text: string): void {
    const [sha, ...rest] = text.split(" ");
    const seconds = Number(rest.pop());
    if (this.current?.sha !== sha) {
      this.current = { sha: sha!, parentCount: rest.filter(Boolean).length, authorDate: new Date(seconds * 1000).toISOString(), diffs: [] };
      this.commits.push(this.current);
    }
    this.diff = new Map();
    this.current.diffs.push(this.diff);
  }

  private change(record: string, path: string): void {
    const [, newMode, oldBlob, newBlob, status] = record.split(" ");
    if (status === "D" || newMode === GITLINK_MODE || !newBlob) return;
    const change: PathChange = { path, oldBlob: oldBlob && !NULL_OID.test(oldBlob) ? oldBlob : undefined, newBlob };
    this.diff!.set(path, change);
    this.onChange(change);
  }
}
