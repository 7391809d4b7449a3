import { sarifLog } from "../../cli/sarif-log.js";
import type { ScanReport } from "./scan-report-schema.js";

const RULE_ID = "databricks-pat";
/** The key GitHub code scanning matches results by across runs (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#providing-data-to-track-code-scanning-alerts-across-runs). */
const FINGERPRINT_KEY = "dbcfgToken/v1";

const HELP =
  "A Databricks personal access token is written in a file or its git history. Anyone who can read " +
  "the repository can use it until it expires or is revoked. Revoke it, then read tokens at run " +
  "time (environment or a secret store); removing it from the file does not remove it from history.";

/**
 * SARIF 2.1.0 for code scanning: one result per (token, file), located at the token, with the
 * token's fingerprint as `partialFingerprints` so an alert keeps its identity when lines move.
 */
export function renderScanSarif(report: ScanReport): Record<string, unknown> {
  const results = report.findings.map((f) => ({
    ruleId: RULE_ID,
    ruleIndex: 0,
    level: f.verified?.status === "live" || !f.verified ? "error" : "warning",
    message: {
      text:
        `Databricks personal access token ${f.redacted} (${f.tier})` +
        (f.verified ? `, verification: ${f.verified.status}` : "") +
        (f.commits?.[0] ? `, introduced in ${f.commits[0].sha}` : "") +
        (f.verified?.revokeCommand ? `. Revoke it: ${f.verified.revokeCommand}` : "."),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { tier: f.tier, inHead: f.inHead, ...(f.verified ? { verification: f.verified.status } : {}) },
  }));
  return sarifLog(
    "scan",
    [
      {
        id: RULE_ID,
        name: "DatabricksPersonalAccessToken",
        shortDescription: { text: "Databricks personal access token in a repository" },
        fullDescription: { text: HELP },
        help: { text: HELP },
        properties: { "security-severity": "9.0", tags: ["security", "secret"] },
      },
    ],
    results,
  );
}
