import { CatFileBatch } from "./cat-file-batch.js";
import { languageKey } from "./language-key.js";
import type { Progress } from "./progress.js";
import { mayHoldReportableToken, type ContentScan } from "./scan-content.js";

/** How many blob reads are in flight at once, so git reads the next blobs while this one is scanned. */
const READ_AHEAD = 32;

/** Scan results of blobs that hold tokens: blob → language key → scan. Blobs without tokens are absent. */
export type BlobScans = Map<string, Map<string, ContentScan>>;

/** Scans one blob that may hold a token as the file at `path`; may answer later (a worker thread). */
export type BlobScan = (path: string, content: Buffer) => Promise<ContentScan>;

/**
 * Reads every blob of `pathsByBlob` once through one `git cat-file --batch` and scans it once per
 * language its paths give it (usually one: the same blob under `.js` and `.txt` names is read as both).
 * Blobs the prefilter rules out (most of a history) are dropped here; the others go to `scan`,
 * and reading goes on while they are scanned.
 */
export async function scanBlobs(
  repoDir: string,
  pathsByBlob: ReadonlyMap<string, ReadonlySet<string>>,
  scan: BlobScan,
  progress: Progress,
): Promise<BlobScans> {
  const batch = new CatFileBatch(repoDir);
  const scans: BlobScans = new Map();
  const blobs = [...pathsByBlob.keys()];
  const inFlight: Promise<Buffer | undefined>[] = [];
  const scanning: Promise<void>[] = [];
  try {
    let requested = 0;
    for (let done = 0; done < blobs.length; done++) {
      while (requested < blobs.length && requested - done < READ_AHEAD) inFlight.push(batch.read(blobs[requested++]!));
      const content = await inFlight.shift()!;
      const blob = blobs[done]!;
      if (!content) continue;
      progress.advance(content.length);
      const byLanguage = new Map<string, string>();
      for (const path of pathsByBlob.get(blob)!) if (!byLanguage.has(languageKey(path))) byLanguage.set(languageKey(path), path);
      for (const [language, path] of byLanguage) {
        if (!mayHoldReportableToken(path, content)) continue;
        scanning.push(
          scan(path, content).then((found) => {
            if (found.detections.length === 0) return;
            if (!scans.has(blob)) scans.set(blob, new Map());
            scans.get(blob)!.set(language, found);
          }),
        );
      }
    }
    await Promise.all(scanning);
  } finally {
    batch.close();
    await Promise.allSettled([...inFlight, ...scanning]);
  }
  return scans;
}

/** The scan of `blob` read as the file at `path`, if it holds tokens. */
export function scanOf(scans: BlobScans, blob: string | undefined, path: string): ContentScan | undefined {
  return blob === undefined ? undefined : scans.get(blob)?.get(languageKey(path));
}
