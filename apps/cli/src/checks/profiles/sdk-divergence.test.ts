import { describe, expect, it } from "vitest";
import { sdkDivergence } from "./sdk-divergence.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

const run = async (name: string) => checkConfig(sdkDivergence, await loadFixture("sdk-divergence", name));

describe("sdk-divergence", () => {
  it("passes a file every SDK reads alike", async () => {
    const [finding] = await checkConfig(sdkDivergence, await loadFixture("common", "valid.databrickscfg"));
    expect(finding).toMatchObject({ id: "sdk-divergence", status: "pass", message: "Go, Python and JS read every value the same way." });
  });

  it("says which SDK reads what for an inline comment", async () => {
    const [finding] = await run("inline-comment.databrickscfg");
    expect(finding).toMatchObject({ status: "warn", profile: "DEFAULT", location: expect.objectContaining({ line: 2 }) });
    expect(finding!.message).toBe(
      '[DEFAULT] "host" (line 2): Go reads "https://dbc-a1b2c3d4-e5f6.cloud.databricks.com", Python reads "https://dbc-a1b2c3d4-e5f6.cloud.databricks.com # prod workspace", JS reads "https://dbc-a1b2c3d4-e5f6.cloud.databricks.com". Go strips the inline comment \' # prod workspace\'; Python keeps it as part of the value.',
    );
  });

  it("reports that JS cuts a value at #", async () => {
    const [finding] = await run("hash-in-value.databrickscfg");
    expect(finding!.message).toContain('Go reads "abc#123", Python reads "abc#123", JS reads "abc".');
  });

  it("reports keys only Python reads (it lower-cases them)", async () => {
    const findings = await run("key-case.databrickscfg");
    expect(findings.map((f) => f.message)).toContain(
      "[DEFAULT] \"host\" (line 2): Go reads nothing, Python reads \"https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\", JS reads nothing. Python lower-cases 'HOST' to 'host'; Go and JS keep 'HOST', which is a different key.",
    );
  });

  it("reports indented lines that Python treats as continuations", async () => {
    const findings = await run("indented.databrickscfg");
    expect(findings.some((f) => f.message.includes("Python continues a value on the following deeper-indented lines"))).toBe(true);
  });

  it("reports a file that one SDK cannot parse at all", async () => {
    const [finding] = await checkConfig(sdkDivergence, await loadFixture("config-file-syntax", "duplicates.databrickscfg"));
    expect(finding!.message).toMatch(
      /^Python cannot parse this file: "While reading from '.*' \[line {2}3\]: option 'host' in section 'prod' already exists"; Go and JS read it/,
    );
  });

  it("never prints a secret value", async () => {
    const values: Record<string, string> = {};
    const [finding] = await checkConfig(sdkDivergence, await loadFixture("token-shape", "quoted.databrickscfg", values));
    expect(finding!.message).toContain("Go and JS strip one pair of surrounding quotes");
    expect(finding!.message).not.toContain(values.TOKEN_A!.slice(4, 36));
  });
});
