import type { ScanHit } from "./scan-hit.js";

/**
 * One hit per (token, file): the first place the token stands in the file (history hits are one
 * per (token, path) already). Sorted by file, then line, for output that does not depend on the
 * order files were read in.
 */
export function groupHits(hits: readonly ScanHit[]): ScanHit[] {
  const byKey = new Map<string, ScanHit>();
  for (const hit of hits) {
    const key = `${hit.fingerprint}\0${hit.file}`;
    const seen = byKey.get(key);
    if (!seen || hit.line < seen.line || (hit.line === seen.line && hit.column < seen.column)) byKey.set(key, hit);
  }
  return [...byKey.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
