import { sarifLog } from "../../cli/sarif-log.js";
import { pathToFileURL } from "node:url";
import type { DoctorReport } from "../engine/report-schema.js";
import type { Check } from "../engine/types.js";

const ruleName = (id: string): string => id.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase());

/**
 * SARIF 2.1.0 for CI code scanning: one rule per check id (with its help text) and one result
 * per warning or failure, located at the `.databrickscfg` line it is about.
 */
export function renderSarif(report: DoctorReport, checks: readonly Check[]): Record<string, unknown> {
  const ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  const configUri = pathToFileURL(report.configFile).href;
  const results = report.checks
    .filter((f) => f.status === "warn" || f.status === "fail")
    .map((f) => ({
      ruleId: f.id,
      ruleIndex: ruleIndex.get(f.id) ?? 0,
      level: f.status === "fail" ? "error" : "warning",
      kind: "fail",
      message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.location ? pathToFileURL(f.location.file).href : configUri },
            ...(f.location ? { region: { startLine: f.location.line, startColumn: f.location.column } } : {}),
          },
        },
      ],
      ...(f.profile !== undefined ? { properties: { profile: f.profile } } : {}),
    }));
  return sarifLog(
    "doctor",
    checks.map((c) => ({
      id: c.id,
      name: ruleName(c.id),
      shortDescription: { text: c.title },
      fullDescription: { text: c.help },
      help: { text: c.help },
      properties: { group: c.group, online: c.online },
    })),
    results,
  );
}
