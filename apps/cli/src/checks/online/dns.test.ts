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
