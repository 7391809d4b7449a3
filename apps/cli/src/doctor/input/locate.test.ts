import { describe, expect, it } from "vitest";
import { fakePat } from "@dbcfg/pat/testing";
import { loadDoctorInput } from "./doctor-input.js";
import { profileLocation } from "./locate.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";

describe("profileLocation", () => {
  it("points at a profile's first header from the index, never scanning every header (a finding per profile stays linear)", async () => {
    const home = await makeHome(`[a]\nhost = https://a.cloud.databricks.com\n\n[b]\ntoken = ${fakePat()}\n\n[a]\ncluster_id = c\n`);
    try {
      const input = await loadDoctorInput(fakeContext({ homeDir: home.dir }), { allProfiles: false });
      expect(input.firstSections.get("a")).toEqual({ name: "a", line: 1 });
      const indexed = { ...input, sections: new Proxy(input.sections, { get: () => expect.fail("profileLocation scanned the headers") }) };
      expect(profileLocation(indexed, "a")).toEqual({ file: input.configPath.path, line: 1, column: 1 });
      expect(profileLocation(indexed, "b")).toEqual({ file: input.configPath.path, line: 4, column: 1 });
      expect(profileLocation(indexed, "missing")).toBeUndefined();
    } finally {
      await home.cleanup();
    }
  });
});
