import { describe, expect, it } from "vitest";
import { CHECKS } from "../../checks/index.js";
import { renderSarif } from "./render-sarif.js";
import { runDoctor } from "../engine/run-doctor.js";
import { loadFixture } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import { sarifErrors } from "../../test-support/validate-sarif.js";

async function messyReport() {
  const home = await makeHome(await loadFixture("fix", "messy.databrickscfg"), 0o644);
  try {
    return { ...(await runDoctor(fakeContext({ homeDir: home.dir }), { offline: true })), configPath: home.configPath };
  } finally {
    await home.cleanup();
  }
}

describe("renderSarif", () => {
  it("produces valid SARIF 2.1.0 with one rule per check and located results", async () => {
    const { report, configPath } = await messyReport();
    const log = renderSarif(report, CHECKS) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }; results: Array<Record<string, unknown>> }>;
    };
    expect(sarifErrors(log)).toBe("");
    const [run] = log.runs;
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
    expect(run!.tool.driver.rules.every((r) => r.help.text.length > 0)).toBe(true);
    const duplicate = run!.results.find((r) => r.ruleId === "config-file-syntax");
    expect(duplicate).toMatchObject({
      level: "error",
      ruleIndex: CHECKS.findIndex((c) => c.id === "config-file-syntax"),
      locations: [{ physicalLocation: { artifactLocation: { uri: `file://${configPath}` }, region: { startLine: 9, startColumn: 1 } } }],
    });
    expect(run!.results.every((r) => r.level === "warning" || r.level === "error")).toBe(true);
  });

  it("is rejected by the schema when broken (the validation can fail)", async () => {
    const { report } = await messyReport();
    const log = renderSarif(report, CHECKS) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    log.runs[0]!.results[0]!.level = "fatal";
    expect(sarifErrors(log)).toContain("must be equal to one of the allowed values");
  });
});
