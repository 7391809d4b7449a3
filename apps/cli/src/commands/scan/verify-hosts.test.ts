import { describe, expect, it } from "vitest";
import { findDatabricksHosts, isDatabricksWorkspaceHost } from "./databricks-hosts.js";
import { candidateHosts, parseHostFlags, toHttpsOrigin } from "./verify-hosts.js";

describe("which hosts a token may be sent to", () => {
  it("recognises only subdomains of the Databricks workspace domains", () => {
    for (const host of ["dbc-1a2b3c4d-5e6f.cloud.databricks.com", "adb-1234567890123456.7.azuredatabricks.net", "1234567890123456.7.gcp.databricks.com"]) {
      expect(isDatabricksWorkspaceHost(host), host).toBe(true);
    }
    for (const host of [
      "cloud.databricks.com",
      "evil-cloud.databricks.com.example.org",
      "azuredatabricks.net.evil",
      "databricks.example.com",
      "127.0.0.1",
      "evilazuredatabricks.net",
    ]) {
      expect(isDatabricksWorkspaceHost(host), host).toBe(false);
    }
  });

  it("finds workspace hosts mentioned in a text, and nothing else", () => {
    const text = "host = https://adb-1.2.azuredatabricks.net/ # not https://decoy.example.com or adb-1.2.azuredatabricks.net.evil.org";
    expect(findDatabricksHosts(text)).toEqual(["https://adb-1.2.azuredatabricks.net"]);
  });

  it("keeps trusted hosts and adds nearby hosts only when they are Databricks workspaces", () => {
    const nearby = ["https://127.0.0.1:8443", "https://decoy.example.com", "https://dbc-1.cloud.databricks.com"];
    expect(candidateHosts(["https://127.0.0.1:9000"], nearby)).toEqual(["https://127.0.0.1:9000", "https://dbc-1.cloud.databricks.com"]);
  });

  it("sends tokens only over TLS: --host must be https, bare names get https://", () => {
    expect(parseHostFlags(["dbc-1.cloud.databricks.com", "https://127.0.0.1:8443/"])).toEqual(["https://dbc-1.cloud.databricks.com", "https://127.0.0.1:8443"]);
    expect(() => parseHostFlags(["http://127.0.0.1:80"])).toThrow("--host must be an https:// workspace URL");
    expect(toHttpsOrigin("ftp://x")).toBeUndefined();
  });
});
