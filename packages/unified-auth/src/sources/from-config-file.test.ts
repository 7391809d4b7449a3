import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../resolve-config.js";
import { ResolutionState } from "../state.js";
import { tempHome } from "../test-support/temp-home.js";
import { fromConfigFile } from "./from-config-file.js";
import type { SourceContext } from "./source.js";

async function load(dialect: "go" | "python" | "js", text: string | undefined, setup: (s: ResolutionState) => void = () => {}) {
  const home = tempHome(text);
  const state = new ResolutionState(dialect, {});
  setup(state);
  const ctx = { explicit: {}, homeDir: home, cwd: home } as SourceContext;
  await fromConfigFile(state, ctx);
  return { state, outcome: ctx.file!, home };
}

describe("fromConfigFile", () => {
  it("is not read when a host is already set and no profile is named", async () => {
    const { state, outcome } = await load("go", "[DEFAULT]\ntoken = t\n", (s) => s.set("host", "h", { kind: "explicit" }));
    expect(outcome.status).toBe("skipped");
    expect(state.get("token")).toBeUndefined();
  });

  it("JS also skips the file for auth_type alone; Go and Python do not", async () => {
    const setAuthType = (s: ResolutionState) => s.set("auth_type", "pat", { kind: "explicit" });
    expect((await load("js", "[DEFAULT]\nhost = h\n", setAuthType)).outcome.status).toBe("skipped");
    expect((await load("go", "[DEFAULT]\nhost = h\n", setAuthType)).outcome.status).toBe("read");
    expect((await load("python", "[DEFAULT]\nhost = h\n", setAuthType)).outcome.status).toBe("read");
  });

  it("says silently 'missing' when the file does not exist, even for a named profile", async () => {
    const { outcome } = await load("go", undefined, (s) => s.set("profile", "prod", { kind: "explicit" }));
    expect(outcome.status).toBe("missing");
  });

  it("Go skips empty values; Python stores them and counts them in validation", async () => {
    expect((await load("go", "[DEFAULT]\ntoken =\nhost = h\n")).state.names()).toEqual(["host", "profile"]);
    const python = await load("python", "[DEFAULT]\ntoken =\nhost = h\n");
    expect(python.state.entry("token")?.value).toBe("");
    const home = tempHome("[DEFAULT]\ntoken =\n");
    await expect(resolveConfig({ dialect: "python", env: { DATABRICKS_USERNAME: "u" }, homeDir: home, selectAuth: false })).resolves.toBeDefined();
    const profile = tempHome("[p]\ntoken =\n");
    await expect(
      resolveConfig({ dialect: "python", env: { DATABRICKS_USERNAME: "u", DATABRICKS_CONFIG_PROFILE: "p" }, homeDir: profile, selectAuth: false }),
    ).rejects.toThrow(
      "validate: more than one authorization method configured: basic and pat. Config: username=u, profile=p. Env: DATABRICKS_USERNAME, DATABRICKS_CONFIG_PROFILE",
    );
  });

  it("an explicit profile that exists but is empty: an error in Go, accepted in Python", async () => {
    const named = (s: ResolutionState) => s.set("profile", "empty", { kind: "explicit" });
    const go = load("go", "[empty]\n[DEFAULT]\nhost = h\n", named);
    await expect(go).rejects.toThrow(/ has no empty profile configured\. Config: profile=empty$/);
    expect((await load("python", "[empty]\n[DEFAULT]\nhost = h\n", named)).outcome).toMatchObject({ status: "read", profile: "empty" });
  });

  it("reports a directory in place of the file as Go does, and ignores it in Python and JS", async () => {
    const home = tempHome();
    mkdirSync(join(home, ".databrickscfg"));
    const run = (dialect: "go" | "python" | "js") => resolveConfig({ dialect, env: {}, homeDir: home, selectAuth: false });
    await expect(run("go")).rejects.toThrow(`resolve: cannot parse config file: read ${home}/.databrickscfg: is a directory`);
    expect((await run("python")).configFileStatus).toBe("no-profile");
    expect((await run("js")).configFileStatus).toBe("missing");
  });

  it("wraps a Go parse error, and lets Python's configparser error through unwrapped", async () => {
    const text = "[DEFAULT]\nhost = h\n  more\n";
    await expect(load("go", text)).rejects.toThrow("resolve: cannot parse config file: key-value delimiter not found: more");
    const duplicate = "[a]\nhost = h\n[a]\nhost = i\n";
    const python = load("python", duplicate);
    // The SDK passes a pathlib.Path, so configparser names the file by its repr.
    await expect(python).rejects.toThrow(/^While reading from PosixPath\('.*\/\.databrickscfg'\) \[line {2}3\]: section 'a' already exists$/);
  });

  it("reports a bad typed value with the profile it sits in (Go)", async () => {
    const file = tempHome("[p]\nhost = h\nazure_use_msi = maybe\n");
    await expect(resolveConfig({ env: { DATABRICKS_CONFIG_PROFILE: "p" }, homeDir: file, selectAuth: false })).rejects.toThrow(
      `resolve: ${file}/.databrickscfg p profile: strconv.ParseBool: parsing "maybe": invalid syntax. Config: host=h, profile=p. Env: DATABRICKS_CONFIG_PROFILE`,
    );
  });

  it("expands ~ as each SDK does, and shows the path the way its messages do", async () => {
    const missing = (dialect: "go" | "python" | "js") =>
      resolveConfig({
        dialect,
        env: { DATABRICKS_CONFIG_PROFILE: "x", DATABRICKS_CONFIG_FILE: "~/cfg//dir/./f" },
        homeDir: "rel/home",
        cwd: tempHome(),
        selectAuth: false,
      });
    expect((await missing("go")).configFile).toBe("rel/home/cfg//dir/./f");
    expect((await missing("python")).configFile).toBe("rel/home/cfg/dir/f");
    expect((await missing("js")).configFile).toMatch(/^\/.*\/rel\/home\/cfg\/dir\/f$/);
  });
});
