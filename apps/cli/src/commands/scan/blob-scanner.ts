import { CatFileBatch } from "./cat-file-batch.js";
import { languageKey } from "./language-key.js";
import type { Progress } from "./progress.js";
import { mayHoldReportableToken, type ContentScan } from "./scan-content.js";

/** Scan results of blobs that hold tokens: blob → language key → scan. Blobs without tokens are absent. */
export type BlobScans = Map<string, Map<string, ContentScan>>;

/** Scans one blob that may hold a token as the file at `path`; may answer later (a worker thread). */
export type BlobScan = (path: string, content: Buffer) => Promise<ContentScan>;

/** How many blob reads are in flight at once: enough for git to read ahead while one is prefiltered, few enough to keep little alive. */
const READ_AHEAD = 64;

interface BlobRead {
  blob: string;
  path: string;
  language: string;
  /** The first read of this blob (progress counts each blob once). */
  firstRead: boolean;
}

/**
 * Reads blobs through one `git cat-file --batch` as they are named, and scans each once per
 * language its paths give it (usually one: the same blob under `.js` and `.txt` names is read as
 * both; a language that turns up after the blob was read reads it again). Blobs the prefilter rules
 * out (most of a history) are dropped as they arrive, never copied; the others go to `scan`, and
 * reading goes on while they are scanned.
 */
export class BlobScanQueue {
  readonly scans: BlobScans = new Map();
  private readonly batch: CatFileBatch;
  private readonly languagesByBlob = new Map<string, Set<string>>();
  /** Reads not yet asked of git (from `next` on), and how many asked are unanswered. */
  private readonly waiting: (BlobRead | undefined)[] = [];
  private next = 0;
  private inFlight = 0;
  private finishing = false;
  private drained: (() => void) | undefined;
  /** Scans under way; none rejects (the first error of a read or scan is kept in `failure`). */
  private readonly scanning: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;

  constructor(
    repoDir: string,
    private readonly scan: BlobScan,
    private readonly progress: Progress,
  ) {
    this.batch = new CatFileBatch(repoDir);
  }

  /** Reads and scans `blob` as the file at `path`, unless it was already, for the language of `path`. */
  add(blob: string, path: string): void {
    const language = languageKey(path);
    let languages = this.languagesByBlob.get(blob);
    if (!languages) this.languagesByBlob.set(blob, (languages = new Set()));
    else if (languages.has(language)) return;
    languages.add(language);
    this.waiting.push({ blob, path, language, firstRead: languages.size === 1 });
    this.pump();
  }

  /** Once every blob is named: waits for their scans and returns them (or throws the first error). */
  async finish(): Promise<BlobScans> {
    await this.drain();
    await Promise.all(this.scanning);
    if (this.failure) throw this.failure.error;
    return this.scans;
  }

  /** Stops reading (when the caller failed) and waits for what is under way. */
  async abort(): Promise<void> {
    this.waiting.length = this.next;
    await this.drain();
    await Promise.all(this.scanning);
  }

  private drain(): Promise<void> {
    this.finishing = true;
    return new Promise((resolve) => {
      this.drained = resolve;
      this.pump();
    });
  }

  /** Asks git for waiting reads while fewer than {@link READ_AHEAD} are in flight; ends its input once all are asked. */
  private pump(): void {
    while (this.inFlight < READ_AHEAD && this.next < this.waiting.length) {
      const read = this.waiting[this.next]!;
      this.waiting[this.next++] = undefined;
      this.inFlight++;
      this.batch
        .receive(read.blob, (content, transient) => this.scanRead(read, content, transient))
        .catch((error: unknown) => void (this.failure ??= { error }))
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
    if (!this.finishing || this.next < this.waiting.length) return;
    this.batch.close();
    if (this.inFlight === 0) this.drained?.();
  }

  /** Prefilters the blob as it arrives (a view of git's output) and hands the rest, copied, to `scan`. */
  private scanRead(read: BlobRead, content: Buffer | undefined, transient: boolean): void {
    if (!content) return;
    if (read.firstRead) this.progress.advance(content.length);
    if (!mayHoldReportableToken(read.path, content)) return;
    const scanned = this.scan(read.path, transient ? Buffer.from(content) : content).then((found) => {
      if (found.detections.length === 0) return;
      if (!this.scans.has(read.blob)) this.scans.set(read.blob, new Map());
      this.scans.get(read.blob)!.set(read.language, found);
    });
    this.scanning.push(scanned.catch((error: unknown) => void (this.failure ??= { error })));
  }
}

/** Reads every blob of `pathsByBlob` once per language its paths give it and scans it ({@link BlobScanQueue}). */
export async function scanBlobs(
  repoDir: string,
  pathsByBlob: ReadonlyMap<string, ReadonlySet<string>>,
  scan: BlobScan,
  progress: Progress,
): Promise<BlobScans> {
  const queue = new BlobScanQueue(repoDir, scan, progress);
  for (const [blob, paths] of pathsByBlob) for (const path of paths) queue.add(blob, path);
  return queue.finish();
}

/** The scan of `blob` read as the file at `path`, if it holds tokens. */
export function scanOf(scans: BlobScans, blob: string | undefined, path: string): ContentScan | undefined {
  return blob === undefined ? undefined : scans.get(blob)?.get(languageKey(path));
}
