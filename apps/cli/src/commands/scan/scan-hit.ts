import type { Detection } from "./detector.js";
import { fingerprintPlace, fingerprintToken } from "./fingerprint.js";

/** A commit that introduced a token at a path. */
export interface IntroducingCommit {
  sha: string;
  /** ISO 8601, from the commit's author date. */
  authorDate: string;
}

/** One token at one place, before grouping. `token` stays in memory and is never printed. */
export interface ScanHit extends Detection {
  fingerprint: string;
  file: string;
  /** Databricks workspace hosts the same file or blob mentions (verification candidates). */
  nearbyHosts: readonly string[];
  commits?: IntroducingCommit[];
  inHead: boolean;
}

/** Turns a detection in `file` into a hit with its fingerprint. */
export function toHit(detection: Detection, file: string, nearbyHosts: readonly string[], extra: { inHead: boolean; commits?: IntroducingCommit[] }): ScanHit {
  const fingerprint = detection.token ? fingerprintToken(detection.token) : fingerprintPlace(file, detection.line, detection.column, detection.redacted);
  return { ...detection, fingerprint, file, nearbyHosts, ...extra };
}
