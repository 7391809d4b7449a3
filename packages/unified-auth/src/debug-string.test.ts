import { describe, expect, it } from "vitest";
import { debugString, withDebug } from "./debug-string.js";
import { ResolutionState } from "./state.js";
import type { AttributeValue, Dialect } from "./types.js";

function stateOf(dialect: Dialect, values: Record<string, AttributeValue>, env: Record<string, string> = {}): ResolutionState {
  const state = new ResolutionState(dialect, env);
  for (const [name, value] of Object.entries(values)) state.set(name, value, { kind: "explicit" });
  return state;
}

describe("debug strings", () => {
  const values = { host: "h", token: "t", auth_type: "pat", azure_use_msi: true, scopes: ["a", "b"], rate_limit: 3, cluster_id: "c" };

  it("Go: declaration order, no internal attributes, secrets as ***", () => {
    expect(debugString(stateOf("go", values, { DATABRICKS_TOKEN: "t", DATABRICKS_AUTH_TYPE: "pat" }))).toBe(
      "Config: host=h, cluster_id=c, token=***, azure_use_msi=true. Env: DATABRICKS_TOKEN",
    );
  });

  it("Python: its own order, every truthy attribute in str() form", () => {
    expect(debugString(stateOf("python", values, { DATABRICKS_AUTH_TYPE: "pat" }))).toBe(
      "Config: host=h, token=***, azure_use_msi=True, auth_type=pat, cluster_id=c, rate_limit=3, scopes=['a', 'b']. Env: DATABRICKS_AUTH_TYPE",
    );
  });

  it("JS: every defined attribute, empty strings and auth_type included", () => {
    expect(debugString(stateOf("js", { host: "", token: "t", auth_type: "pat" }, { DATABRICKS_HOST: "" }))).toBe(
      "Config: host=, token=***, auth_type=pat. Env: DATABRICKS_HOST",
    );
  });

  it("joins the suffix as each SDK does, Python dropping its full stop first", () => {
    expect(withDebug(stateOf("python", { host: "h" }), "base.")).toBe("base. Config: host=h");
    expect(withDebug(stateOf("python", {}), "base.")).toBe("base.");
    expect(withDebug(stateOf("go", { host: "" }), "base")).toBe("base");
  });
});
