// Prints plain closing lines that CI reads regardless of the test runner's own formatting:
// `tests: N passed, N failed, N skipped`, then which differential oracles were missing (and so
// skipped), one line each, or `oracles skipped: none`.
import type { Reporter, TestModule } from "vitest/node";
import { ORACLE_SKIP_PREFIX } from "./oracle-gate.js";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const missingOracles = new Map<string, number>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "passed") passed++;
        else if (result.state === "failed") failed++;
        else {
          skipped++;
          const note = result.state === "skipped" ? result.note : undefined;
          if (note?.startsWith(ORACLE_SKIP_PREFIX)) {
            const oracle = note.slice(ORACLE_SKIP_PREFIX.length);
            missingOracles.set(oracle, (missingOracles.get(oracle) ?? 0) + 1);
          }
        }
      }
      if (module.state() === "failed" && module.children.size === 0) failed++;
    }
    const lines = [`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`];
    if (missingOracles.size === 0) lines.push("oracles skipped: none");
    for (const [oracle, count] of missingOracles) lines.push(`oracle skipped (${count} tests): ${oracle}`);
    process.stdout.write(`\n${lines.join("\n")}\n`);
  }
}
