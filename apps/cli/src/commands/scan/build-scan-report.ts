import type { ScanHit } from "./scan-hit.js";
import { SCAN_SCHEMA_VERSION, type ScanFinding, type ScanReport } from "./scan-report-schema.js";
import type { Verification } from "./verify-tokens.js";

/** The report every output format renders: findings without tokens, in file order. */
export function buildScanReport(hits: readonly ScanHit[], verifications: ReadonlyMap<string, Verification> | undefined, baselined: number): ScanReport {
  const findings: ScanFinding[] = hits.map((hit) => {
    const verified = verifications ? (verifications.get(hit.fingerprint) ?? { status: "unknown" as const }) : undefined;
    return {
      fingerprint: hit.fingerprint,
      redacted: hit.redacted,
      file: hit.file,
      line: hit.line,
      column: hit.column,
      tier: hit.tier,
      ...(hit.commits ? { commits: hit.commits } : {}),
      inHead: hit.inHead,
      ...(verified ? { verified } : {}),
    };
  });
  const tokens = new Set(findings.map((f) => f.fingerprint));
  const live = new Set(findings.filter((f) => f.verified?.status === "live").map((f) => f.fingerprint));
  return { schemaVersion: SCAN_SCHEMA_VERSION, findings, summary: { findings: findings.length, tokens: tokens.size, live: live.size, baselined } };
}
