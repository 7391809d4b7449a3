import { findDatabricksHosts } from "./databricks-hosts.js";
import type { Detection, Detector } from "./detector.js";
import { mayHoldToken } from "./lint-prefilter.js";
import { isBinary } from "./scannable-text.js";

/** What one file or blob holds: its tokens and the Databricks hosts it mentions. */
export interface ContentScan {
  detections: Detection[];
  hosts: string[];
}

const NOTHING: ContentScan = { detections: [], hosts: [] };

/**
 * False when the file at `path` with these bytes holds nothing `scanContent` would report: binary
 * content, or text in which no tier the plugin reports could build a token ({@link mayHoldToken},
 * true whenever `dapi` is there, so it covers the `findPats` pass too). Needs no ESLint, so a
 * history is read and filtered while ESLint is still loading.
 */
export function mayHoldReportableToken(path: string, content: Buffer): boolean {
  return !isBinary(content) && mayHoldToken(content, path);
}

/**
 * Scans one file's bytes as the file at `path`. Content ruled out by `mayHoldReportableToken` is
 * never decoded: most blobs of a history.
 */
export function scanContent(detector: Detector, path: string, content: Buffer): ContentScan {
  if (!mayHoldReportableToken(path, content)) return NOTHING;
  const text = content.toString("utf8");
  const detections = detector.detect(path, text);
  return detections.length === 0 ? NOTHING : { detections, hosts: findDatabricksHosts(text) };
}
