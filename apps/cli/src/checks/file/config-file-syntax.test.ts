import { describe, expect, it } from "vitest";
import { configFileSyntax } from "./config-file-syntax.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";
import { fakePat } from "@dbcfg/pat/testing";

describe("config-file-syntax", () => {
  it("passes a clean file", async () => {
    const [finding] = await checkConfig(configFileSyntax, await loadFixture("common", "valid.databrickscfg"));
    expect(finding).toMatchObject({ id: "config-file-syntax", status: "pass", message: "1 sections, no syntax problems." });
  });

  it("fails on a line without a delimiter, with line and column", async () => {
    const [finding] = await checkConfig(configFileSyntax, await loadFixture("config-file-syntax", "no-delimiter.databrickscfg"));
    expect(finding).toMatchObject({ status: "fail", location: expect.objectContaining({ line: 3, column: 1 }) });
    expect(finding!.message).toMatch(
      /^Line 3, column 1: This line has no "=" so no SDK can read it: Go fails with "key-value delimiter not found", Python with ParsingError\./,
    );
  });

  it("fails duplicate keys and sections (Python refuses them), each at its line", async () => {
    const findings = await checkConfig(configFileSyntax, await loadFixture("config-file-syntax", "duplicates.databrickscfg"));
    expect(findings.map((f) => [f.status, f.location?.line])).toEqual([
      ["fail", 3],
      ["fail", 6],
    ]);
    expect(findings[0]!.message).toContain('The key "host" is set again in [prod] (first on line 2). Python fails with DuplicateOptionError');
    expect(findings[0]!.fix).toBe("Delete the earlier line (dbcfg doctor --fix keeps the last value, which is what Go uses).");
    expect(findings[1]!.message).toContain("Profile [prod] is defined again (first on line 1). Python's configparser fails with DuplicateSectionError");
  });

  it("suggests the nearest known key for a typo", async () => {
    const [finding] = await checkConfig(configFileSyntax, await loadFixture("config-file-syntax", "unknown-key.databrickscfg"));
    expect(finding).toMatchObject({ status: "warn", message: 'Line 3, column 1: No SDK reads the key "tokn" in [DEFAULT]. Did you mean "token"?' });
  });

  it("fails keys before the first section", async () => {
    const [finding] = await checkConfig(configFileSyntax, await loadFixture("config-file-syntax", "key-before-section.databrickscfg"));
    expect(finding!.status).toBe("fail");
    expect(finding!.message).toContain("MissingSectionHeaderError");
  });

  it("leaves host, token and SDK-reading problems to their own checks", async () => {
    const findings = await checkConfig(configFileSyntax, await loadFixture("token-shape", "quoted.databrickscfg"));
    expect(findings).toEqual([expect.objectContaining({ status: "pass" })]);
  });

  it("fails an indented line without '=' (a token wrapped onto two lines), which the CLI cannot parse, and leaves indented keys to sdk-divergence", async () => {
    const token = fakePat();
    const wrapped = `[DEFAULT]\nhost = https://dbc-1.cloud.databricks.com\ntoken = ${token.slice(0, 20)}\n  ${token.slice(20)}\n`;
    const [finding] = await checkConfig(configFileSyntax, wrapped);
    expect(finding).toMatchObject({
      status: "fail",
      fix: "Join the line onto the one above if it is the rest of that value (dbcfg doctor --fix does this for a token wrapped onto two lines), else delete it.",
      location: { line: 4, column: 3 },
    });
    expect(finding!.message).toMatch(
      /^Line 4, column 3: This indented line continues the value of "token" \(line 3\) for Python.*Go fails on it \(key-value delimiter not found\)/,
    );
    expect(JSON.stringify(finding)).not.toContain(token.slice(20));
    const indentedKey = await checkConfig(configFileSyntax, "[DEFAULT]\nhost = https://dbc-1.cloud.databricks.com\n  cluster_id = 0123-456789-abcdefgh\n");
    expect(indentedKey).toEqual([expect.objectContaining({ status: "pass" })]);
  });
});
