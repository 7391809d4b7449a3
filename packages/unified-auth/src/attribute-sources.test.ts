import { describe, expect, it } from "vitest";
import { envAttributes, fileSkippedByEnv } from "./attribute-sources.js";

describe("envAttributes", () => {
  it("names each attribute's variable; Go skips empty values, JS takes them", () => {
    const env = { DATABRICKS_HOST: "https://h", DATABRICKS_TOKEN: "", ARM_CLIENT_ID: "abc" };
    const go = envAttributes(env);
    expect(go.get("host")).toEqual({ value: "https://h", envName: "DATABRICKS_HOST" });
    expect(go.has("token")).toBe(false);
    expect(go.get("azure_client_id")).toEqual({ value: "abc", envName: "ARM_CLIENT_ID" });
    expect(envAttributes(env, "js").get("token")).toEqual({ value: "", envName: "DATABRICKS_TOKEN" });
  });
});

describe("fileSkippedByEnv", () => {
  it("lists the variables that make the SDK skip the config file when no profile is named", () => {
    expect(fileSkippedByEnv({ DATABRICKS_HOST: "https://h" }).map((v) => v.envName)).toEqual(["DATABRICKS_HOST"]);
    expect(fileSkippedByEnv({ DATABRICKS_CLUSTER_ID: "c" })).toEqual([]);
    expect(fileSkippedByEnv({ DATABRICKS_AUTH_TYPE: "pat" })).toEqual([]);
    expect(fileSkippedByEnv({ DATABRICKS_AUTH_TYPE: "pat" }, "js").map((v) => v.envName)).toEqual(["DATABRICKS_AUTH_TYPE"]);
  });
});
