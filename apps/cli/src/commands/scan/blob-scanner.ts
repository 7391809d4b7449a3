import { CatFileBatch } from "./cat-file-batch.js";
import { languageKey } from "./language-key.js";
import type { Progress } from "./progress.js";
import { mayHoldReportableToken, type ContentScan } from "./scan-content.js";

/** Scan results of blobs that hold tokens: blob → language key → scan. Blobs without tokens are absent. */
export type BlobScans = Map<string, Map<string, ContentScan>>;

/** Scans one blob that may hold a token as the file at `path`; may answer later (a worker thread). */
export type BlobScan = (path: string, content: Buffer) => Promise<ContentScan>;

/**
 * Reads blobs through one `git cat-file --batch` as they are named, and scans each once per
 * language its paths give it (usually one: the same blob under `.js` and `.txt` names is read as
 * both; a language that turns up after the blob was read reads it again). Blobs the prefilter rules
 * out (most of a history) are dropped here; the others go to `scan`, and reading goes on while
 * they are scanned. Every blob is requested at once: git answers in order while the caller names more.
 */
export class BlobScanQueue {
  readonly scans: BlobScans = new Map();
  private readonly batch: CatFileBatch;
  private readonly languagesByBlob = new Map<string, Set<string>>();
  /** One promise per read, settled once its blob is scanned; none rejects (the first error is kept in `failure`). */
  private readonly work: Promise<void>[] = [];
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
    const firstRead = languages.size === 1;
    this.work.push(
      this.batch
        .receive(blob, (content, transient) => this.scanRead(blob, language, path, content, transient, firstRead))
        .catch((error: unknown) => void (this.failure ??= { error })),
    );
  }

  /** Once every blob is named: waits for their scans and returns them (or throws the first error). */
  async finish(): Promise<BlobScans> {
    this.batch.close();
    await Promise.all(this.work);
    if (this.failure) throw this.failure.error;
    return this.scans;
  }

  /** Stops reading (when the caller failed) and waits for what is under way. */
  async abort(): Promise<void> {
    this.batch.close();
    await Promise.all(this.work);
  }

  /** Prefilters the blob as it arrives (most are dropped here, never copied) and scans the rest. */
  private scanRead(blob: string, language: string, path: string, content: Buffer | undefined, transient: boolean, firstRead: boolean): Promise<void> | undefined {
    if (!content) return undefined;
    if (firstRead) this.progress.advance(content.length);
    if (!mayHoldReportableToken(path, content)) return undefined;
    return this.scan(path, transient ? Buffer.from(content) : content).then((found) => {
      if (found.detections.length === 0) return;
      if (!this.scans.has(blob)) this.scans.set(blob, new Map());
      this.scans.get(blob)!.set(language, found);
    });
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
