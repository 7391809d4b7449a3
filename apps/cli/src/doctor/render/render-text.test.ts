import { describe, expect, it } from "vitest";
import { CHECKS } from "../../checks/index.js";
import { renderText } from "./render-text.js";
import type { DoctorReport } from "../engine/report-schema.js";

const report: DoctorReport = {
  schemaVersion: 1,
  tool: "dbcfg",
  version: "0.1.0",
  configFile: "/home/u/.databrickscfg",
  profile: "DEFAULT",
  checks: [
    { id: "config-file-path", title: "Config file location", status: "pass", message: "Reading it." },
    { id: "config-file-permissions", title: "Config file permissions", status: "warn", message: "Mode 0644.", fix: "chmod 600 ~/.databrickscfg" },
    {
      id: "host-shape",
      title: "Host format",
      status: "fail",
      profile: "p",
      message: "[p] bad host.",
      fix: "Write it right.",
      location: { file: "/home/u/.databrickscfg", line: 4, column: 1 },
    },
    { id: "dns", title: "DNS lookup", status: "skip", message: "Skipped: --offline." },
  ],
  summary: { pass: 1, warn: 1, fail: 1, skip: 1 },
};

describe("renderText", () => {
  it("groups findings, shows problems with their fix and location, folds passes and skips", () => {
    const text = renderText(report, CHECKS, { color: false, verbose: false, homeDir: "/home/u" });
    expect(text).toBe(
      [
        "dbcfg doctor — /home/u/.databrickscfg, profile [DEFAULT]",
        "",
        "Config file",
        "  ! Config file permissions: Mode 0644.",
        "      Fix: chmod 600 ~/.databrickscfg",
        "  ✓ 1 passed (-v lists them)",
        "",
        "Profiles",
        "  ✗ Host format: [p] bad host.",
        "      Fix: Write it right.",
        "      at ~/.databrickscfg:4:1",
        "",
        "Online",
        "  – 1 skipped (-v lists them)",
        "",
        "✗ 1 failed — 1 passed, 1 warning, 1 failed, 1 skipped.",
      ].join("\n"),
    );
  });

  it("lists everything with -v and colours only when asked", () => {
    const plain = renderText(report, CHECKS, { color: false, verbose: true, homeDir: "/home/u" });
    expect(plain).toContain("  ✓ Config file location: Reading it.");
    expect(plain).toContain("  – DNS lookup: Skipped: --offline.");
    expect(plain).not.toContain("\u001b[");
    expect(renderText(report, CHECKS, { color: true, verbose: false, homeDir: "/home/u" })).toContain("\u001b[31m✗\u001b[39m");
  });

  it("indents the later lines of a multi-line message under the finding, as an SDK's parse error has them", () => {
    const goError = "resolve: cannot parse config file: key-value delimiter not found: continued line\n. Config: config_file=/home/u/.databrickscfg";
    const multiLine: DoctorReport = {
      ...report,
      checks: [{ id: "auth-resolves", title: "The SDKs can authenticate", status: "fail", message: `Go cannot authenticate: ${goError}`, fix: "One.\r\nTwo." }],
      summary: { pass: 0, warn: 0, fail: 1, skip: 0 },
    };
    const lines = renderText(multiLine, CHECKS, { color: false, verbose: false, homeDir: "/home/u" }).split("\n");
    expect(lines.slice(3, 7)).toEqual([
      "  ✗ The SDKs can authenticate: Go cannot authenticate: resolve: cannot parse config file: key-value delimiter not found: continued line",
      "      . Config: config_file=/home/u/.databrickscfg",
      "      Fix: One.",
      "      Two.",
    ]);
  });
});
