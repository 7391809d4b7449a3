import { describe, expect, it } from "vitest";
import { renderScanText } from "./render-scan-text.js";
import type { ScanFinding, ScanReport } from "./scan-report-schema.js";

const finding: ScanFinding = {
  fingerprint: "71886d0a4acaec41".repeat(4),
  redacted: "dapi…be0b",
  file: "a.py",
  line: 1,
  column: 10,
  tier: "literal",
  commits: [{ sha: "7deaf7fcece3".padEnd(40, "0"), authorDate: "2026-12-03T10:00:00Z" }],
  inHead: false,
};
const report = (findings: ScanFinding[], live = 0): ScanReport => ({
  schemaVersion: 1,
  findings,
  summary: { findings: findings.length, tokens: 1, live, baselined: 0 },
});

describe("renderScanText", () => {
  it("groups places under the token and ends with what to do: revoke, and --verify to see which are live", () => {
    expect(renderScanText(report([finding]))).toBe(
      [
        "dapi…be0b  fingerprint 71886d0a4acaec41",
        "  a.py:1:10 (literal), introduced in 7deaf7fcece3 on 2026-12-03, not at HEAD",
        "",
        "1 token in 1 place.",
        "",
        "Revoke each token found: removing it from a file, or even from git history, leaves it usable by anyone with a clone. `dbcfg scan --verify` tells which are still live.",
      ].join("\n"),
    );
  });

  it("after --verify points at the live tokens' revoke commands, and says nothing more when nothing was found", () => {
    const live = {
      ...finding,
      verified: { status: "live" as const, host: "https://dbc-1.cloud.databricks.com", revokeCommand: "dbcfg token revoke abc -p prod" },
    };
    const text = renderScanText(report([live], 1));
    expect(text).toContain("  Revoke it now: dbcfg token revoke abc -p prod");
    expect(
      text.endsWith(
        "1 token in 1 place, 1 live.\n\nRevoke each token found: removing it from a file, or even from git history, leaves it usable by anyone with a clone. The live ones first (above).",
      ),
    ).toBe(true);
    expect(renderScanText(report([]))).toBe("No Databricks tokens found.");
  });

  it("tells a pre-commit hook (--staged) to take the token out before committing, and to revoke one committed before", () => {
    const staged = renderScanText(report([{ ...finding, commits: undefined, inHead: true }]), "staged");
    expect(staged.split("\n\n").at(-1)).toBe(
      "Take the token out of the staged file before you commit (read it from the environment or a secret store at run time); if it was committed or pushed before, revoke it too.",
    );
  });
});
