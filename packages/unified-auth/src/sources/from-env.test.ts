import { describe, expect, it } from "vitest";
import { ResolutionState } from "../state.js";
import { fromEnv } from "./from-env.js";

function load(dialect: "go" | "python" | "js", env: Record<string, string>) {
  const state = new ResolutionState(dialect, env);
  fromEnv(state);
  return state;
}

describe("fromEnv", () => {
  it("skips empty values in Go and Python; JS takes them", () => {
    expect(load("go", { DATABRICKS_TOKEN: "" }).names()).toEqual([]);
    expect(load("python", { DATABRICKS_TOKEN: "" }).names()).toEqual([]);
    expect(load("js", { DATABRICKS_TOKEN: "" }).entry("token")).toEqual({ value: "", source: { kind: "env", name: "DATABRICKS_TOKEN" } });
  });

  it("reads the Python-only alias DATABRICKS_OIDC_TOKEN_FILE, the primary first", () => {
    expect(load("python", { DATABRICKS_OIDC_TOKEN_FILE: "/a" }).entry("databricks_id_token_filepath")?.source).toEqual({
      kind: "env",
      name: "DATABRICKS_OIDC_TOKEN_FILE",
    });
    expect(load("python", { DATABRICKS_OIDC_TOKEN_FILE: "/a", DATABRICKS_OIDC_TOKEN_FILEPATH: "/p" }).get("databricks_id_token_filepath")).toBe("/p");
    expect(load("go", { DATABRICKS_OIDC_TOKEN_FILE: "/a" }).names()).toEqual([]);
  });

  it("converts booleans as each SDK does: Go strconv.ParseBool, Python bool(str), JS not at all", () => {
    expect(load("go", { ARM_USE_MSI: "false" }).get("azure_use_msi")).toBeUndefined();
    expect(load("go", { ARM_USE_MSI: "T" }).get("azure_use_msi")).toBe(true);
    expect(load("python", { ARM_USE_MSI: "false" }).get("azure_use_msi")).toBe(true);
    expect(load("js", { ARM_USE_MSI: "false" }).get("azure_use_msi")).toBe("false");
  });

  it("fails with the SDK's own text on a value it cannot parse", () => {
    expect(() => load("go", { ARM_USE_MSI: "yes", DATABRICKS_HOST: "h" })).toThrow(
      'resolve: strconv.ParseBool: parsing "yes": invalid syntax. Config: host=h. Env: DATABRICKS_HOST',
    );
    expect(() => load("go", { DATABRICKS_RATE_LIMIT: "1.5" })).toThrow('resolve: strconv.Atoi: parsing "1.5": invalid syntax');
    expect(() => load("python", { DATABRICKS_RATE_LIMIT: "fast" })).toThrow("invalid literal for int() with base 10: 'fast'");
  });

  it("does not parse a value that a higher source hid (Go checks IsZero first)", () => {
    const state = new ResolutionState("go", { ARM_USE_MSI: "yes" });
    state.set("azure_use_msi", true, { kind: "explicit" });
    fromEnv(state);
    expect(state.shadowed.map((s) => s.value)).toEqual(["yes"]);
  });
});
