import { describe, expect, it } from "vitest";
import { resolveConfigFilePath } from "./resolve-config-file-path.js";

describe("resolveConfigFilePath", () => {
  it("uses ~/.databrickscfg from HOME by default, and says so", () => {
    const r = resolveConfigFilePath({ env: { HOME: "/home/ann" } });
    expect(r.path).toBe("/home/ann/.databrickscfg");
    expect(r.source).toEqual({ kind: "default", home: { kind: "env", name: "HOME" } });
    expect(r.reason).toContain("DATABRICKS_CONFIG_FILE is not set");
    expect(r.reason).toContain("HOME (/home/ann)");
  });

  it("falls back to USERPROFILE when HOME is unset", () => {
    const r = resolveConfigFilePath({ env: { USERPROFILE: "/users/bob" } });
    expect(r.path).toBe("/users/bob/.databrickscfg");
    expect(r.source).toEqual({ kind: "default", home: { kind: "env", name: "USERPROFILE" } });
  });

  it("lets DATABRICKS_CONFIG_FILE decide, expanding a leading ~ like Go and JS", () => {
    const r = resolveConfigFilePath({ env: { HOME: "/h", DATABRICKS_CONFIG_FILE: "~/cfg/dbx" } });
    expect(r).toMatchObject({ path: "/h/cfg/dbx", configured: "~/cfg/dbx", source: { kind: "env", name: "DATABRICKS_CONFIG_FILE" } });
    expect(r.reason).toContain("DATABRICKS_CONFIG_FILE is set to ~/cfg/dbx");
    expect(resolveConfigFilePath({ env: { HOME: "/h", DATABRICKS_CONFIG_FILE: "~x" } }).path).toBe("/hx");
  });

  it("resolves a relative DATABRICKS_CONFIG_FILE against cwd and ignores an empty one", () => {
    expect(resolveConfigFilePath({ env: { DATABRICKS_CONFIG_FILE: "conf/x" }, cwd: "/work" }).path).toBe("/work/conf/x");
    expect(resolveConfigFilePath({ env: { HOME: "/h", DATABRICKS_CONFIG_FILE: "" } }).path).toBe("/h/.databrickscfg");
  });

  it("prefers an explicit homeDir over HOME", () => {
    const r = resolveConfigFilePath({ env: { HOME: "/h" }, homeDir: "/other" });
    expect(r.path).toBe("/other/.databrickscfg");
    expect(r.source).toEqual({ kind: "default", home: { kind: "option" } });
  });

  it("says when there is no home folder at all", () => {
    const r = resolveConfigFilePath({ env: {}, cwd: "/w" });
    expect(r.source).toEqual({ kind: "default", home: { kind: "none" } });
    expect(r.reason).toMatch(/HOME and USERPROFILE are unset/);
  });
});
