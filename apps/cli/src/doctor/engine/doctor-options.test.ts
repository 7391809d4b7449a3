import { describe, expect, it } from "vitest";
import { UsageError } from "../../cli/command.js";
import { parseDoctorFlags } from "./doctor-options.js";

describe("parseDoctorFlags: choosing and sharing output", () => {
  it("collects repeatable, comma-separated --check and --skip", () => {
    expect(parseDoctorFlags(["--check", "dns,tcp", "--check", "tls", "--skip", "config-in-git"])).toMatchObject({
      check: ["dns", "tcp", "tls"],
      skip: ["config-in-git"],
    });
    expect(parseDoctorFlags([])).toMatchObject({ check: [], skip: [], listChecks: false, anonymize: false });
  });

  it("reads --list-checks and --anonymize", () => {
    expect(parseDoctorFlags(["--list-checks", "--anonymize"])).toMatchObject({ listChecks: true, anonymize: true });
  });

  it("refuses an empty id", () => {
    expect(() => parseDoctorFlags(["--check", "dns,"])).toThrow(new UsageError("--check and --skip need a check id, e.g. --check token-valid."));
  });
});
