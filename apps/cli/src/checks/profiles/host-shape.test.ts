import { describe, expect, it } from "vitest";
import { hostShape } from "./host-shape.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

const run = async (name: string) => checkConfig(hostShape, await loadFixture("host-shape", name));

describe("host-shape", () => {
  it("passes a canonical workspace URL and names the cloud", async () => {
    const [finding] = await checkConfig(hostShape, await loadFixture("common", "valid.databrickscfg"));
    expect(finding).toMatchObject({
      id: "host-shape",
      status: "pass",
      profile: "DEFAULT",
      message: "[DEFAULT] https://dbc-a1b2c3d4-e5f6.cloud.databricks.com (AWS workspace).",
    });
  });

  it("warns about a missing scheme and says what to write", async () => {
    const [finding] = await run("no-scheme.databrickscfg");
    expect(finding).toMatchObject({ status: "warn", location: expect.objectContaining({ line: 2, column: 1 }) });
    expect(finding!.message).toContain("host has no scheme");
    expect(finding!.fix).toBe('Write "host = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com" in [DEFAULT] (dbcfg doctor --fix does this).');
  });

  it("warns about a trailing slash", async () => {
    const [finding] = await run("trailing-slash.databrickscfg");
    expect(finding!.message).toBe("[DEFAULT] host ends with a slash; some tools then build URLs with `//api/…`.");
  });

  it("warns about a path, which Python keeps", async () => {
    const [finding] = await run("path.databrickscfg");
    expect(finding!.message).toContain('host has the path "/login.html"; Go drops it but Python keeps it');
  });

  it("moves ?o= into workspace_id", async () => {
    const [finding] = await run("query-o.databrickscfg");
    expect(finding!.message).toContain('host carries the query "?o=1234567890123456"');
    expect(finding!.fix).toBe(
      'Write "host = https://adb-1234567890123456.7.azuredatabricks.net" and "workspace_id = 1234567890123456" in [DEFAULT] (dbcfg doctor --fix does this).',
    );
  });

  it("fails http:// for a real host but accepts it on loopback (emulator)", async () => {
    const [remote] = await run("http-remote.databrickscfg");
    expect(remote).toMatchObject({ status: "fail" });
    expect(remote!.message).toContain("the token would travel unencrypted");
    const [local] = await run("http-loopback.databrickscfg");
    expect(local).toMatchObject({ status: "pass", message: "[DEFAULT] http://127.0.0.1:8080 (a local (loopback) host)." });
  });

  it("warns about an unknown domain", async () => {
    const [finding] = await run("unknown-domain.databrickscfg");
    expect(finding!.message).toContain("databricks.example.com is not a known Databricks domain");
  });

  it("fails credentials in the host URL without ever printing them", async () => {
    const secret = "s3cr3t-" + Math.random().toString(36).slice(2);
    const [finding] = await checkConfig(hostShape, `[DEFAULT]\nhost = https://me:${secret}@dbc-a1b2c3d4-e5f6.cloud.databricks.com\n`);
    expect(finding).toMatchObject({ status: "fail", fix: 'Write "host = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com" in [DEFAULT].' });
    expect(finding!.message).toContain("host carries a user name or password");
    expect(JSON.stringify(finding)).not.toContain(secret);
  });

  it("fails a profile without host", async () => {
    const [finding] = await run("missing-host.databrickscfg");
    expect(finding).toMatchObject({ status: "fail", message: '[DEFAULT] has no host; every request fails ("host is required").' });
  });
});
