import { describe, expect, it } from "vitest";
import { doctorReportSchema } from "./report-schema.js";
import { exitCodeFor } from "./build-report.js";
import { runDoctor } from "./run-doctor.js";
import { loadFixture } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";

describe("doctor JSON report", () => {
  it("matches the exported zod schema, with a summary that adds up", async () => {
    const home = await makeHome(await loadFixture("fix", "messy.databrickscfg"), 0o644);
    try {
      const { report } = await runDoctor(fakeContext({ homeDir: home.dir }), { offline: true });
      const parsed = doctorReportSchema.parse(JSON.parse(JSON.stringify(report)));
      expect(parsed.schemaVersion).toBe(1);
      const { pass, warn, fail, skip } = parsed.summary;
      expect(pass + warn + fail + skip).toBe(parsed.checks.length);
      expect(parsed.checks.find((c) => c.id === "config-file-permissions")).toMatchObject({ status: "warn" });
    } finally {
      await home.cleanup();
    }
  });

  it("rejects reports that break the contract", () => {
    expect(doctorReportSchema.safeParse({ schemaVersion: 2, checks: [], summary: {} }).success).toBe(false);
    const base = { schemaVersion: 1, tool: "dbcfg", version: "1", configFile: "/x", profile: "DEFAULT", summary: { pass: 0, warn: 0, fail: 0, skip: 0 } };
    expect(doctorReportSchema.safeParse({ ...base, checks: [{ id: "Bad Id", title: "t", status: "pass", message: "m" }] }).success).toBe(false);
    expect(doctorReportSchema.safeParse({ ...base, checks: [{ id: "ok", title: "t", status: "info", message: "m" }] }).success).toBe(false);
  });

  it("maps findings to exit codes (0, 1, and 1 for warnings under --fail-on warn)", () => {
    const report = (warn: number, fail: number) => ({
      schemaVersion: 1 as const,
      tool: "dbcfg" as const,
      version: "1",
      configFile: "/x",
      profile: "P",
      checks: [],
      summary: { pass: 1, warn, fail, skip: 0 },
    });
    expect(exitCodeFor(report(0, 0), "fail")).toBe(0);
    expect(exitCodeFor(report(2, 0), "fail")).toBe(0);
    expect(exitCodeFor(report(2, 0), "warn")).toBe(1);
    expect(exitCodeFor(report(0, 1), "fail")).toBe(1);
  });
});
