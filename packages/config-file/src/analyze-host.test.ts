import { describe, expect, it } from "vitest";
import { analyzeHost, checkHost, isAccountHost } from "./analyze-host.js";

const codes = (host: string) => analyzeHost(host).findings.map((f) => f.code);

describe("analyzeHost", () => {
  it("accepts the bare origin and names nothing to fix", () => {
    expect(analyzeHost("https://dbc-a1b2.cloud.databricks.com")).toEqual({
      findings: [],
      normalized: "https://dbc-a1b2.cloud.databricks.com",
      hostname: "dbc-a1b2.cloud.databricks.com",
      isAccount: false,
      loopback: false,
    });
  });

  it.each([
    ["", ["host-empty"]],
    ["dbc-a1b2.cloud.databricks.com", ["host-missing-scheme"]],
    ["https://dbc-a1b2.cloud.databricks.com/", ["host-trailing-slash"]],
    ["https://dbc-a1b2.cloud.databricks.com/login.html", ["host-has-path"]],
    ["https://adb-1.2.azuredatabricks.net/?o=123", ["host-has-query"]],
    ["https://adb-1.2.azuredatabricks.net#x", ["host-has-fragment"]],
    ["http://dbc-a1b2.cloud.databricks.com", ["host-not-https"]],
    ["ftp://dbc-a1b2.cloud.databricks.com", ["host-not-https"]],
    ["https://me:pw@dbc-a1b2.cloud.databricks.com", ["host-has-credentials"]],
    ["https://exa mple.com", ["host-invalid"]],
    ["https://", ["host-invalid"]],
    ["https://dbc.cloud.databricks.com/a b", ["host-whitespace", "host-has-path"]],
  ])("%j → %j", (host, expected) => {
    expect(codes(host)).toEqual(expected);
  });

  it("fixes shape problems safely, moving ?o= or ?workspace_id= into workspace_id", () => {
    expect(analyzeHost("adb-1.2.azuredatabricks.net/?o=123").fix).toEqual({ host: "https://adb-1.2.azuredatabricks.net", workspaceId: "123", safe: true });
    expect(analyzeHost("https://adb-1.2.azuredatabricks.net/?workspace_id=77").fix).toEqual({
      host: "https://adb-1.2.azuredatabricks.net",
      workspaceId: "77",
      safe: true,
    });
    expect(analyzeHost("https://adb-1.2.azuredatabricks.net/?o=abc").fix).toEqual({ host: "https://adb-1.2.azuredatabricks.net", safe: true });
  });

  it("never calls a scheme change or credentials a safe fix", () => {
    expect(analyzeHost("http://dbc.cloud.databricks.com/").fix).toEqual({ host: "https://dbc.cloud.databricks.com", safe: false });
    expect(analyzeHost("https://u:p@dbc.cloud.databricks.com").fix?.safe).toBe(false);
    expect(analyzeHost("https://exa mple.com").fix).toBeUndefined();
  });

  it("accepts plain http on loopback as written, and keeps http there", () => {
    for (const host of ["http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:1"]) {
      const analysis = analyzeHost(host);
      expect(analysis.findings).toEqual([]);
      expect(analysis).toMatchObject({ loopback: true, normalized: host });
    }
    expect(codes("http://127.0.0.1.nip.io")).toEqual(["host-not-https"]);
  });

  it("never repeats a password in a message", () => {
    const secret = "pw" + Math.random().toString(36).slice(2);
    expect(JSON.stringify(analyzeHost(`https://me:${secret}@dbc.cloud.databricks.com/x?o=1`))).not.toContain(secret);
  });

  it("recognises the account console, and checkHost is quiet about an empty value", () => {
    expect(isAccountHost("https://accounts.cloud.databricks.com")).toBe(true);
    expect(isAccountHost("accounts-dod.cloud.databricks.us")).toBe(true);
    expect(isAccountHost("https://dbc.cloud.databricks.com")).toBe(false);
    expect(checkHost("")).toEqual([]);
  });
});
