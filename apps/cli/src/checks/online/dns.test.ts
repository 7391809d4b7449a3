import { describe, expect, it } from "vitest";
import { dns } from "./dns.js";
import { checkConfig, loadFixture } from "../../test-support/doctor-harness.js";

describe("dns", () => {
  it("passes an IP address without a lookup", async () => {
    const [finding] = await checkConfig(dns, await loadFixture("host-shape", "http-loopback.databrickscfg"));
    expect(finding).toMatchObject({ id: "dns", status: "pass", profile: "DEFAULT", message: "127.0.0.1 is an IP address; nothing to resolve." });
  });

  it("fails a name that cannot resolve (.invalid is reserved never to resolve)", async () => {
    const [finding] = await checkConfig(dns, await loadFixture("online", "unreachable.databrickscfg", { URL: "http://127.0.0.1:9" }), { profile: "nowhere" });
    expect(finding).toMatchObject({ status: "fail", profile: "nowhere" });
    expect(finding!.message).toMatch(/^dbcfg-doctor-test\.invalid does not resolve \((ENOTFOUND|EAI_AGAIN)\)\.$/);
  });

  it("is skipped by --offline and when the host is unusable", async () => {
    const [offline] = await checkConfig(dns, await loadFixture("common", "valid.databrickscfg"), { offline: true });
    expect(offline).toMatchObject({ status: "skip", message: "Skipped: --offline." });
    const [blocked] = await checkConfig(dns, await loadFixture("host-shape", "missing-host.databrickscfg"));
    expect(blocked).toMatchObject({ status: "skip", message: "Skipped: host-shape did not pass." });
  });
});

describe("dns with an environment host", () => {
  it("never contacts an http:// host that is not loopback, even from DATABRICKS_HOST", async () => {
    const [finding] = await checkConfig(dns, await loadFixture("common", "valid.databrickscfg"), {
      env: { DATABRICKS_HOST: "http://dbc-a1b2c3d4-e5f6.cloud.databricks.com", DATABRICKS_TOKEN: "dapi" + "4b".repeat(16) },
    });
    expect(finding).toMatchObject({ status: "skip", message: "Skipped: no usable host." });
  });
});

describe("dns through a proxy", () => {
  it("resolves the proxy's host, not the workspace's, and says so", async () => {
    const [finding] = await checkConfig(dns, await loadFixture("online", "emulator.databrickscfg", { URL: "https://workspace.dbcfg.test" }), {
      env: { https_proxy: "http://localhost:3128" },
    });
    expect(finding).toMatchObject({ status: "pass" });
    expect(finding!.message).toMatch(
      /^The proxy host localhost resolves to \S+; the proxy resolves workspace\.dbcfg\.test \(via proxy http:\/\/localhost:3128 \(from https_proxy\)\)\.$/,
    );
  });

  it("resolves the workspace itself when NO_PROXY excludes it, and says so", async () => {
    const [finding] = await checkConfig(dns, await loadFixture("online", "emulator.databrickscfg", { URL: "https://dbcfg-doctor-test.invalid" }), {
      env: { HTTPS_PROXY: "http://localhost:3128", NO_PROXY: "localhost,.invalid" },
    });
    expect(finding).toMatchObject({ status: "fail" });
    expect(finding!.message).toMatch(
      /^dbcfg-doctor-test\.invalid does not resolve \((ENOTFOUND|EAI_AGAIN)\) \(not proxied: NO_PROXY entry "\.invalid" excludes it from HTTPS_PROXY\)\.$/,
    );
  });

  it("fails a malformed proxy variable, naming it", async () => {
    const [finding] = await checkConfig(dns, await loadFixture("online", "emulator.databrickscfg", { URL: "https://workspace.dbcfg.test" }), {
      env: { HTTPS_PROXY: "http://bad host:1" },
    });
    expect(finding).toMatchObject({ status: "fail", message: "HTTPS_PROXY=http://bad host:1 is not a proxy URL; write it as http://host:port." });
  });
});
