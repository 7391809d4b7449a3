import type { DialectProfiles } from "@dbcfg/config-file";
import { describe, expect, it } from "vitest";
import { profileNames, selectedProfile } from "./select-profile.js";

const file = (profiles: Record<string, Record<string, string>>): DialectProfiles => ({ profiles, locations: {} });
const pinned = file({ DEFAULT: {}, __settings__: { default_profile: " prod " }, prod: { host: "h" }, dev: { host: "d" } });

describe("selectedProfile", () => {
  it("follows the SDK order and says why: argument, DATABRICKS_CONFIG_PROFILE, default_profile, DEFAULT", () => {
    expect(selectedProfile({ file: pinned, profile: "dev", env: { DATABRICKS_CONFIG_PROFILE: "x" } })).toEqual({ name: "dev", reason: "argument" });
    expect(selectedProfile({ file: pinned, env: { DATABRICKS_CONFIG_PROFILE: "dev" } })).toEqual({ name: "dev", reason: "env" });
    expect(selectedProfile({ file: pinned, env: {} })).toEqual({ name: "prod", reason: "settings" });
    expect(selectedProfile({ file: file({ dev: { host: "d" } }), env: {} })).toEqual({ name: "DEFAULT", reason: "fallback" });
  });

  it("skips an empty DATABRICKS_CONFIG_PROFILE for Go and Python; JS ignores [__settings__]", () => {
    expect(selectedProfile({ file: pinned, env: { DATABRICKS_CONFIG_PROFILE: "" } })).toEqual({ name: "prod", reason: "settings" });
    expect(selectedProfile({ dialect: "python", file: pinned, env: { DATABRICKS_CONFIG_PROFILE: "" } })).toEqual({ name: "prod", reason: "settings" });
    expect(selectedProfile({ dialect: "js", file: pinned, env: {} })).toEqual({ name: "DEFAULT", reason: "fallback" });
  });
});

describe("profileNames", () => {
  it("leaves out [__settings__] and an empty implicit [DEFAULT], keeping file order", () => {
    expect(profileNames(pinned)).toEqual(["prod", "dev"]);
    expect(profileNames(file({ DEFAULT: { host: "h" }, a: {} }))).toEqual(["DEFAULT", "a"]);
  });
});
