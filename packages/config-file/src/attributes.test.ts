import { describe, expect, it } from "vitest";
import { ATTRIBUTES, PYTHON_ATTRIBUTE_ORDER, SENSITIVE_ATTRIBUTES, KNOWN_CONFIG_KEYS, findAttribute } from "./attributes.js";

describe("attribute table", () => {
  it("lists the 41 Go attributes in declaration order, then the Python-only ones", () => {
    const go = ATTRIBUTES.filter((a) => a.keys.go !== undefined);
    expect(go).toHaveLength(41);
    expect(go[0]?.name).toBe("host");
    expect(go[7]?.name).toBe("token");
    expect(go[40]?.name).toBe("discovery_url");
  });

  it("marks the same six attributes sensitive as both SDKs", () => {
    expect([...SENSITIVE_ATTRIBUTES].sort()).toEqual([
      "azure_client_secret",
      "client_secret",
      "google_credentials",
      "metadata_service_url",
      "password",
      "token",
    ]);
  });

  it("has every Python attribute exactly once in the Python order", () => {
    const python = ATTRIBUTES.filter((a) => a.keys.python !== undefined)
      .map((a) => a.name)
      .sort();
    expect([...PYTHON_ATTRIBUTE_ORDER].sort()).toEqual(python);
  });

  it("knows the renamed keys of each SDK", () => {
    expect(findAttribute("audience")?.keys).toEqual({ go: "audience", python: "token_audience" });
    expect(KNOWN_CONFIG_KEYS.has("oidc_token_filepath")).toBe(true);
    expect(KNOWN_CONFIG_KEYS.has("databricks_id_token_filepath")).toBe(true);
    expect(findAttribute("databricks_id_token_filepath")?.env).toEqual(["DATABRICKS_OIDC_TOKEN_FILEPATH", "DATABRICKS_OIDC_TOKEN_FILE"]);
  });

  it("gives auth groups to exactly the attributes that take part in validation", () => {
    const groups = new Set(ATTRIBUTES.map((a) => a.authGroup).filter(Boolean));
    expect([...groups].sort()).toEqual(["azure", "basic", "env-oidc", "file-oidc", "google", "metadata-service", "oauth", "pat"]);
  });
});
