import type { ScanFinding, ScanReport } from "./scan-report-schema.js";
import type { ScanOptions } from "./scan-options.js";

const STATUS_TEXT = { live: "LIVE", "revoked/invalid": "revoked/invalid", unknown: "unknown (not verified)" } as const;

function describePlace(finding: ScanFinding): string {
  const place = `${finding.file}:${finding.line}:${finding.column} (${finding.tier})`;
  if (!finding.commits) return place;
  const first = finding.commits[0];
  const introduced = first ? `introduced in ${first.sha.slice(0, 12)} on ${first.authorDate.slice(0, 10)}` : "introduced before the scanned range";
  const more = finding.commits.length > 1 ? ` (+${finding.commits.length - 1} more commits)` : "";
  return `${place}, ${introduced}${more}, ${finding.inHead ? "still at HEAD" : "not at HEAD"}`;
}

/** Text output, grouped by token: its redaction, fingerprint, verification, then every place it stands. */
export function renderScanText(report: ScanReport, source: ScanOptions["source"] = "files"): string {
  if (report.findings.length === 0) {
    return report.summary.baselined > 0 ? `No new Databricks tokens (${report.summary.baselined} in the baseline).` : "No Databricks tokens found.";
  }
  const byToken = new Map<string, ScanFinding[]>();
  for (const finding of report.findings) {
    if (!byToken.has(finding.fingerprint)) byToken.set(finding.fingerprint, []);
    byToken.get(finding.fingerprint)!.push(finding);
  }
  const blocks = [...byToken].map(([fingerprint, findings]) => {
    const first = findings[0]!;
    const verified = first.verified ? ` — ${STATUS_TEXT[first.verified.status]}${first.verified.host ? ` at ${first.verified.host}` : ""}` : "";
    const lines = [`${first.redacted}  fingerprint ${fingerprint.slice(0, 16)}${verified}`, ...findings.map((f) => `  ${describePlace(f)}`)];
    if (first.verified?.revokeCommand) lines.push(`  Revoke it now: ${first.verified.revokeCommand}`);
    else if (first.verified?.status === "live") lines.push("  Revoke it now in the workspace's user settings (Developer → Access tokens).");
    return lines.join("\n");
  });
  const { findings, tokens, live, baselined } = report.summary;
  const summary =
    `${tokens} token${tokens === 1 ? "" : "s"} in ${findings} place${findings === 1 ? "" : "s"}` +
    (report.findings.some((f) => f.verified) ? `, ${live} live` : "") +
    (baselined > 0 ? `, ${baselined} baselined` : "") +
    ".";
  return [...blocks, summary, nextStep(report, source)].join("\n\n");
}

/** What to do about tokens found: revoke them, since a fix (or a rewritten history) leaves them in every clone; a staged one may not be committed yet. */
function nextStep(report: ScanReport, source: ScanOptions["source"]): string {
  if (source === "staged")
    return "Take the token out of the staged file before you commit (read it from the environment or a secret store at run time); if it was committed or pushed before, revoke it too.";
  const revoke = "Revoke each token found: removing it from a file, or even from git history, leaves it usable by anyone with a clone.";
  if (!report.findings.some((f) => f.verified)) return `${revoke} \`dbcfg scan --verify\` tells which are still live.`;
  return report.summary.live > 0 ? `${revoke} The live ones first (above).` : revoke;
}
