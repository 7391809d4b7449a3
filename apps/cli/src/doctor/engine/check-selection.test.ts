import { describe, expect, it } from "vitest";
import { CHECKS } from "../../checks/index.js";
import { UsageError } from "../../cli/command.js";
import { markPrerequisites, selectChecks } from "./check-selection.js";
import { buildReport } from "./build-report.js";
import { loadDoctorInput } from "../input/doctor-input.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";

const ids = (checks: readonly { id: string }[]) => checks.map((check) => check.id);

describe("selectChecks", () => {
  it("--check runs the chosen checks and, transitively, what they require", () => {
    const { checks, prerequisites } = selectChecks(CHECKS, { check: ["tls"], skip: [] });
    expect(ids(checks)).toEqual(["host-shape", "dns", "tcp", "tls"]);
    expect([...prerequisites].sort()).toEqual(["dns", "host-shape", "tcp"]);
  });

  it("--skip leaves a check out unless a remaining check needs it", () => {
    const noGit = selectChecks(CHECKS, { check: [], skip: ["config-in-git"] });
    expect(ids(noGit.checks)).not.toContain("config-in-git");
    expect(noGit.checks).toHaveLength(CHECKS.length - 1);
    const needed = selectChecks(CHECKS, { check: ["tls", "dns"], skip: ["dns"] });
    expect(ids(needed.checks)).toContain("dns");
    expect(needed.prerequisites.has("dns")).toBe(true);
  });

  it("refuses unknown ids with a suggestion, and an empty selection", () => {
    expect(() => selectChecks(CHECKS, { check: ["token-vaild"], skip: [] })).toThrow(
      new UsageError('--check: no check is called "token-vaild" (did you mean "token-valid"?); dbcfg doctor --list-checks lists them.'),
    );
    expect(() => selectChecks(CHECKS, { check: ["dns"], skip: ["dns"] })).toThrow("--check and --skip leave no check to run.");
  });

  it("marks only prerequisite findings", async () => {
    const home = await makeHome("[DEFAULT]\nhost = https://x.cloud.databricks.com\n");
    try {
      const input = await loadDoctorInput(fakeContext({ homeDir: home.dir }), { allProfiles: false });
      const report = buildReport(
        [
          { id: "dns", title: "DNS", status: "pass", message: "ok" },
          { id: "tls", title: "TLS", status: "pass", message: "ok" },
        ],
        input,
      );
      expect(markPrerequisites(report, new Set(["dns"])).checks.map((f) => f.prerequisite)).toEqual([true, undefined]);
    } finally {
      await home.cleanup();
    }
  });
});
