import { describe, expect, it } from "vitest";
import { HostError, normalizeHost } from "./normalize-host.js";

describe("normalizeHost", () => {
  it.each([
    ["adb-123.4.azuredatabricks.net", "https://adb-123.4.azuredatabricks.net"],
    ["  https://dbc-a1b2.cloud.databricks.com/  ", "https://dbc-a1b2.cloud.databricks.com"],
    ["https://x.gcp.databricks.com/login.html#settings", "https://x.gcp.databricks.com"],
    ["http://127.0.0.1:8123", "http://127.0.0.1:8123"],
    ["http://localhost:9", "http://localhost:9"],
  ])("%j → %j", (input, host) => {
    expect(normalizeHost(input).host).toBe(host);
  });

  it("moves a ?o= workspace id into workspace_id and says so", () => {
    const result = normalizeHost("https://adb-1.2.azuredatabricks.net/?o=1234567890#folder");
    expect(result).toEqual({
      host: "https://adb-1.2.azuredatabricks.net",
      workspaceId: "1234567890",
      notes: [
        'Kept only https://adb-1.2.azuredatabricks.net of "https://adb-1.2.azuredatabricks.net/?o=1234567890#folder" (the SDKs read a path or query differently).',
        "Wrote ?o=1234567890 as workspace_id = 1234567890.",
      ],
    });
  });

  it.each([
    ["", /empty/],
    ["http://dbc-a1b2.cloud.databricks.com", /https/],
    ["https://user:pw@dbc.cloud.databricks.com", /user name or password/],
    ["https://exa mple.com", /not a valid URL/],
  ])("refuses %j", (input, message) => {
    expect(() => normalizeHost(input)).toThrow(HostError);
    expect(() => normalizeHost(input)).toThrow(message);
  });
});
