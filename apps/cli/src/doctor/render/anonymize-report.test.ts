import { describe, expect, it } from "vitest";
import { Anonymizer, ANONYMOUS_HOME } from "./anonymize-report.js";
import { loadDoctorInput } from "../input/doctor-input.js";
import { runDoctor } from "../engine/run-doctor.js";
import { loadFixture } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";

/** Everything in the fixture that identifies a person or a workspace. */
const IDENTIFYING = [
  "adb-6180426291931512.12.azuredatabricks.net",
  "6180426291931512",
  "acme-prod-analytics.cloud.databricks.com",
  "acme-prod-analytics",
  "3141592653589793",
  "dbc-7f3e2a1b-9c4d",
  "jane.doe@acme-corp.example",
  "jane.doe",
  "3f2c1e4b-8a9d-4c7e-b1f0-5d6e7a8b9c0d",
];

describe("Anonymizer", () => {
  it("gives each value one stable placeholder and leaves placeholders alone", async () => {
    const home = await makeHome("[DEFAULT]\nhost = https://acme.cloud.databricks.com\nworkspace_id = 1234567890123456\n");
    try {
      const cli = fakeContext({ homeDir: home.dir, env: { USER: "jdoe" } });
      const anonymizer = new Anonymizer(await loadDoctorInput(cli, { allProfiles: true }), home.dir);
      const once = anonymizer.text(
        `https://acme.cloud.databricks.com and acme.cloud.databricks.com, workspace 1234567890123456, ${home.dir}/.databrickscfg, jdoe, 10.1.2.3, 10.1.2.3, bob@corp.example`,
      );
      expect(once).toBe(
        `https://workspace-1.example.invalid and workspace-1.example.invalid, workspace workspace-id-1, ${ANONYMOUS_HOME}/.databrickscfg, user-1, 192.0.2.1, 192.0.2.1, user-2@example.invalid`,
      );
      expect(anonymizer.text(once)).toBe(once);
      expect(anonymizer.text("Source IP address: 10.9.9.9 is blocked by Databricks IP ACL for workspace: 7474646471015793")).toBe(
        "Source IP address: 192.0.2.2 is blocked by Databricks IP ACL for workspace: workspace-id-2",
      );
    } finally {
      await home.cleanup();
    }
  });

  it("leaves no host, user name, workspace id or home path of the fixture in the report (text and JSON)", async () => {
    const values = { PASSWORD: "pw-" + fakePat().slice(-8), CLIENT_SECRET: "dose" + fakePat().slice(4) };
    const home = await makeHome(await loadFixture("anonymize", "identifying.databrickscfg", values));
    try {
      const cli = fakeContext({ homeDir: home.dir, env: { DATABRICKS_HOST: "https://adb-6180426291931512.12.azuredatabricks.net" } });
      const { report, input } = await runDoctor(cli, { offline: true, allProfiles: true });
      const plain = JSON.stringify(report);
      expect(plain).toContain("acme-prod-analytics.cloud.databricks.com");
      const anonymized = JSON.stringify(new Anonymizer(input, home.dir).report(report));
      for (const value of [...IDENTIFYING, home.dir]) expect(anonymized, value).not.toContain(value);
      expect(anonymized).toContain(ANONYMOUS_HOME);
      expect(anonymized).toContain("workspace-1.example.invalid");
    } finally {
      await home.cleanup();
    }
  });
});
