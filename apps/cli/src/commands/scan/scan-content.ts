import { findDatabricksHosts } from "./databricks-hosts.js";
import type { Detection, Detector } from "./detector.js";
import { toScannableText } from "./scannable-text.js";

/** What one file or blob holds: its tokens and the Databricks hosts it mentions. */
export interface ContentScan {
  detections: Detection[];
  hosts: string[];
}

const NOTHING: ContentScan = { detections: [], hosts: [] };

/** Scans one file's bytes as the file at `path` (binary content is skipped, whatever the name). */
export function scanContent(detector: Detector, path: string, content: Buffer): ContentScan {
  const text = toScannableText(content);
  if (text === undefined) return NOTHING;
  const detections = detector.detect(path, text);
  return detections.length === 0 ? NOTHING : { detections, hosts: findDatabricksHosts(text) };
}
