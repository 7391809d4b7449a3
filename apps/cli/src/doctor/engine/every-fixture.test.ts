import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { doctorReportSchema } from "./report-schema.js";
import { runDoctor } from "./run-doctor.js";
import { loadFixture } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";

const root = fileURLToPath(new URL("../../../test/fixtures/doctor/", import.meta.url));
const fixtures = readdirSync(root)
  .filter((dir) => statSync(join(root, dir)).isDirectory())
  .flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".databrickscfg"))
      .map((name) => [dir, name] as const),
  );

describe("every fixture, whole doctor (offline)", () => {
  it.each(fixtures)("%s/%s: valid report, a fix on every warning and failure, no token in it", async (dir, name) => {
    const values: Record<string, string> = {
      URL: "http://127.0.0.1:9",
      PASSWORD: "pw-" + fakePat().slice(-8),
      PLACEHOLDER: "dapi" + "0".repeat(32),
      JWT: "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln",
      CLIENT_SECRET: "dose" + fakePat().slice(4),
    };
    const home = await makeHome(await loadFixture(dir, name, values), 0o644);
    try {
      const { report } = await runDoctor(fakeContext({ homeDir: home.dir }), { offline: true, allProfiles: true });
      expect(() => doctorReportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow();
      for (const finding of report.checks.filter((f) => f.status === "warn" || f.status === "fail")) {
        expect(finding.fix, `${finding.id}: ${finding.message}`).toMatch(/\S/);
      }
      const text = JSON.stringify(report);
      for (const [key, value] of Object.entries(values)) if (key.startsWith("TOKEN") || key === "CLIENT_SECRET") expect(text).not.toContain(value.slice(4));
      expect(report.checks.filter((f) => f.message.startsWith("The check crashed"))).toEqual([]);
    } finally {
      await home.cleanup();
    }
  });
});
