import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readProfiles } from "./read-profiles.js";
import { doc } from "./test-support/doc.js";
import { CONFORMANCE_DIR, conformanceTestdataPaths } from "./test-support/reference-readers.js";
import type { Dialect, DialectProfiles } from "./types.js";

interface Vector {
  name: string;
  sdk: string[];
  mode: string;
  env: Record<string, string>;
  explicit: Record<string, string>;
  configFile: string | null;
  expect: { attrs?: Record<string, string>; host?: string; scopes?: string[]; error?: string };
  expectPython?: Vector["expect"];
  divergence?: string;
}

const vectors = JSON.parse(readFileSync(join(CONFORMANCE_DIR, "auth-vectors.json"), "utf8")) as Vector[];
const withFile = vectors.filter((v): v is Vector & { configFile: string } => v.configFile !== null);

/** Reads a conformance file with its path relative to the conformance folder, as the harness runs. */
function read(configFile: string, dialect: Dialect): DialectProfiles {
  const result = readProfiles(doc(readFileSync(join(CONFORMANCE_DIR, configFile), "utf8"), configFile), dialect);
  if ("error" in result) throw new Error(`${dialect} cannot read ${configFile}: ${result.error}`);
  return result;
}

/** The profile the SDK loader picks (reference §2.2): explicit > env > [__settings__] default_profile > DEFAULT. */
function profileFor(vector: Vector, profiles: DialectProfiles["profiles"]): string {
  const setting = profiles["__settings__"]?.["default_profile"]?.trim();
  return vector.explicit.profile ?? vector.env.DATABRICKS_CONFIG_PROFILE ?? (setting || "DEFAULT");
}

describe("conformance: parse vectors", () => {
  const parseVectors = vectors.filter((v) => v.mode === "parse");

  it("has the three TestConfigFileLoad vectors", () => {
    expect(parseVectors.map((v) => v.name)).toHaveLength(3);
  });

  it.each(parseVectors.map((v) => [v.name, v] as const))("%s: go reads the attrs the Go test asserts", (_name, vector) => {
    const profile = read(vector.configFile!, "go").profiles[vector.explicit.profile!]!;
    for (const [key, value] of Object.entries(vector.expect.attrs!)) expect(profile[key]).toBe(value);
  });

  it.each(parseVectors.map((v) => [v.name, v] as const))("%s: python keeps the raw text its divergence note lists", (_name, vector) => {
    const profile = read(vector.configFile!, "python").profiles[vector.explicit.profile!]!;
    for (const key of Object.keys(vector.expect.attrs!)) {
      expect(profile[key]).not.toBe(vector.expect.attrs![key]);
      expect(vector.divergence).toContain(profile[key]);
      expect(profile[key]).toMatch(/ # comment$/);
    }
  });
});

describe("conformance: loadFile vectors (scopes)", () => {
  it.each(withFile.filter((v) => v.mode === "loadFile").map((v) => [v.name, v] as const))(
    "%s: go's raw value splits on ',' into the asserted scopes",
    (_name, vector) => {
      const raw = read(vector.configFile, "go").profiles[vector.explicit.profile!]!.scopes!;
      const scopes = raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      expect(scopes).toEqual(vector.expect.scopes);
    },
  );
});

describe("conformance: testdata files", () => {
  it.each(conformanceTestdataPaths().map((path) => [path.slice(CONFORMANCE_DIR.length + 1)]))("%s reads without error in go and python", (file) => {
    expect(() => read(file, "go")).not.toThrow();
    expect(() => read(file, "python")).not.toThrow();
  });

  // Vectors where the profile alone supplies the host/attrs: the file must hold exactly those values.
  const fileSupplied = withFile.filter((v) => (v.expect.attrs || v.expect.host) && !v.explicit.host && !v.env.DATABRICKS_HOST && v.mode !== "parse");
  const cases = fileSupplied.flatMap((v) => (["go", "python"] as const).filter((d) => v.sdk.includes(d)).map((d) => [v.name, d, v] as const));

  it("covers the file-backed vectors of both SDKs", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)("%s (%s): the chosen profile holds the asserted values", (_name, dialect, vector) => {
    const { profiles } = read(vector.configFile, dialect);
    const profile = profiles[profileFor(vector, profiles)]!;
    const expected = (dialect === "python" && vector.expectPython) || vector.expect;
    if (expected.host) expect(profile.host!.replace(/\/$/, "")).toBe(expected.host);
    for (const [key, value] of Object.entries(expected.attrs ?? {})) expect(profile[key]).toBe(value);
  });

  it("reads testdata/azure's quoted resource id as the §3 table says", () => {
    expect(read("testdata/azure/.databrickscfg", "go").profiles.spn!.azure_workspace_resource_id).toBe("/a/b/c");
    expect(read("testdata/azure/.databrickscfg", "python").profiles.spn!.azure_workspace_resource_id).toBe('"/a/b/c"');
  });

  it("reads testdata/corrupt (no final newline, no DEFAULT keys) with an empty DEFAULT", () => {
    expect(read("testdata/corrupt/.databrickscfg", "go").profiles.DEFAULT).toEqual({});
    expect(read("testdata/corrupt/.databrickscfg", "python").profiles.notoken).toEqual({ host: "https://dbc-XXXXXXXX-YYYY.cloud.databricks.com/" });
  });
});
