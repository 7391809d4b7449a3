import { findDatabricksHosts } from "./databricks-hosts.js";
import type { Detection, Detector } from "./detector.js";
import { isBinary } from "./scannable-text.js";

/** What one file or blob holds: its tokens and the Databricks hosts it mentions. */
export interface ContentScan {
  detections: Detection[];
  hosts: string[];
}

const NOTHING: ContentScan = { detections: [], hosts: [] };

/**
 * Scans one file's bytes as the file at `path` (binary content is skipped, whatever the name).
 * Content the detector rules out from its bytes is never decoded: most blobs of a history.
 */
export function scanContent(detector: Detector, path: string, content: Buffer): ContentScan {
  if (isBinary(content) || !detector.mayFind(path, content)) return NOTHING;
  const text = content.toString("utf8");
  const detections = detector.detect(path, text);
  return detections.length === 0 ? NOTHING : { detections, hosts: findDatabricksHosts(text) };
}
