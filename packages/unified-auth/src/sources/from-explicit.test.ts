import { describe, expect, it } from "vitest";
import { ResolutionState } from "../state.js";
import { fromEnv } from "./from-env.js";
import { fromExplicit } from "./from-explicit.js";

function load(dialect: "go" | "python" | "js", explicit: Record<string, string | boolean | string[] | null>, env: Record<string, string> = {}) {
  const state = new ResolutionState(dialect, env);
  fromExplicit(state, { explicit });
  fromEnv(state);
  return state;
}

describe("fromExplicit", () => {
  it("Go treats an explicit empty string as not given, so the env var fills it", () => {
    const state = load("go", { host: "" }, { DATABRICKS_HOST: "from-env" });
    expect(state.entry("host")).toEqual({ value: "from-env", source: { kind: "env", name: "DATABRICKS_HOST" } });
  });

  it.each(["python", "js"] as const)("%s stores an explicit empty string, which then blocks the env var", (dialect) => {
    const state = load(dialect, { host: "" }, { DATABRICKS_HOST: "from-env" });
    expect(state.entry("host")).toEqual({ value: "", source: { kind: "explicit" } });
    expect(state.shadowed).toEqual([{ name: "host", value: "from-env", source: { kind: "env", name: "DATABRICKS_HOST" }, hiddenBy: { kind: "explicit" } }]);
  });

  it("ignores null, accepts both SDKs' spellings and converts typed values", () => {
    const state = load("go", { host: null, token_audience: "aud", oidc_token_filepath: "/f", azure_use_msi: "true", scopes: ["b", "a"] });
    expect(state.get("host")).toBeUndefined();
    expect(state.get("audience")).toBe("aud");
    expect(state.get("databricks_id_token_filepath")).toBe("/f");
    expect(state.get("azure_use_msi")).toBe(true);
    expect(state.get("scopes")).toEqual(["b", "a"]);
  });

  it("parses Python scopes from a string the way _parse_scopes does", () => {
    expect(load("python", { scopes: "jobs, clusters  jobs" }).get("scopes")).toEqual(["clusters", "jobs"]);
  });

  it("rejects an attribute no SDK knows, and skips one this SDK lacks", () => {
    expect(() => load("go", { hots: "x" })).toThrow('unknown attribute "hots"');
    expect(load("python", { azure_login_app_id: "x" }).names()).toEqual([]);
  });
});
