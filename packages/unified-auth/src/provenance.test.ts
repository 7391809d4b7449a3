import { describe as group, expect, it } from "vitest";
import { describe } from "./describe.js";
import { resolveConfig } from "./resolve-config.js";
import { secretValue } from "./secret-values.js";
import { tempHome } from "./test-support/temp-home.js";

const FILE = [
  "[DEFAULT]",
  "host = https://dbc-1.cloud.databricks.com",
  "",
  "[prod]",
  "host = https://adb-9.9.azuredatabricks.net",
  "token = file-token-value-123456",
].join("\n");

group("provenance", () => {
  it("records the source of every attribute and what DATABRICKS_HOST hides in the chosen profile", async () => {
    const home = tempHome(FILE);
    const path = `${home}/.databrickscfg`;
    const r = await resolveConfig({ env: { DATABRICKS_HOST: "https://adb-1.2.azuredatabricks.net", DATABRICKS_CONFIG_PROFILE: "prod" }, homeDir: home });
    expect(r.attributes.host).toEqual({ value: "https://adb-1.2.azuredatabricks.net", source: { kind: "env", name: "DATABRICKS_HOST" } });
    expect(r.attributes.token?.source).toEqual({ kind: "profile", profile: "prod", file: path, line: 6 });
    expect(r.attributes.profile?.source).toEqual({ kind: "env", name: "DATABRICKS_CONFIG_PROFILE" });
    expect(r.shadowed).toEqual([
      {
        name: "host",
        value: "https://adb-9.9.azuredatabricks.net",
        source: { kind: "profile", profile: "prod", file: path, line: 5 },
        hiddenBy: { kind: "env", name: "DATABRICKS_HOST" },
      },
    ]);
    expect(r).toMatchObject({ authType: "pat", profile: "prod", configFile: path, configFileStatus: "read", cloud: "azure" });
    expect(describe(r).split("\n")).toContain(`host: https://adb-1.2.azuredatabricks.net (from DATABRICKS_HOST; hides [prod] host at ${path}:5)`);
    expect(describe(r, { homeDir: home }).split("\n")).toContain(
      "host: https://adb-1.2.azuredatabricks.net (from DATABRICKS_HOST; hides [prod] host at ~/.databrickscfg:5)",
    );
  });

  it("keeps an env value that an explicit argument hid", async () => {
    const r = await resolveConfig({
      explicit: { host: "https://a.cloud.databricks.com", token: "t" },
      env: { DATABRICKS_HOST: "https://b.cloud.databricks.com" },
      homeDir: tempHome(),
    });
    expect(r.attributes.host?.source).toEqual({ kind: "explicit" });
    expect(r.shadowed).toEqual([
      { name: "host", value: "https://b.cloud.databricks.com", source: { kind: "env", name: "DATABRICKS_HOST" }, hiddenBy: { kind: "explicit" } },
    ]);
  });

  it("lists what the skipped file holds when env auth makes the SDK ignore it", async () => {
    const home = tempHome(FILE);
    const r = await resolveConfig({ env: { DATABRICKS_HOST: "https://x.cloud.databricks.com", DATABRICKS_TOKEN: "env-token" }, homeDir: home });
    expect(r.configFileStatus).toBe("skipped");
    expect(r.profile).toBeUndefined();
    expect(r.shadowed).toEqual([
      {
        name: "host",
        value: "https://dbc-1.cloud.databricks.com",
        source: { kind: "profile", profile: "DEFAULT", file: `${home}/.databrickscfg`, line: 2 },
        hiddenBy: { kind: "env", name: "DATABRICKS_TOKEN" },
        fileNotRead: true,
      },
    ]);
    expect(describe(r)).toContain(
      `not read: [DEFAULT] host at ${home}/.databrickscfg:2 = https://dbc-1.cloud.databricks.com (the file was skipped because of DATABRICKS_TOKEN)`,
    );
  });

  it("pins the profile it fell back to (Go) with the line of its first key, but not in Python", async () => {
    const home = tempHome(FILE);
    const go = await resolveConfig({ env: {}, homeDir: home, selectAuth: false });
    expect(go.attributes.profile).toEqual({ value: "DEFAULT", source: { kind: "profile", profile: "DEFAULT", file: `${home}/.databrickscfg`, line: 2 } });
    const python = await resolveConfig({ env: {}, homeDir: home, dialect: "python", selectAuth: false });
    expect(python.attributes.profile).toBeUndefined();
    expect(python.profile).toBe("DEFAULT");
  });

  it("takes the line of default_profile when [__settings__] chose the profile", async () => {
    const home = tempHome(["[__settings__]", "default_profile = prod", ...FILE.split("\n").slice(3)].join("\n"));
    const r = await resolveConfig({ env: {}, homeDir: home });
    expect(r.attributes.profile?.source).toEqual({ kind: "profile", profile: "prod", file: `${home}/.databrickscfg`, line: 2 });
    expect(r.attributes.token?.source).toMatchObject({ line: 5 });
  });

  it("marks values promoted from the host URL's query as derived (Go)", async () => {
    const r = await resolveConfig({ explicit: { host: "https://acme.databricks.net/?o=123&a=acc" }, env: {}, homeDir: tempHome(), selectAuth: false });
    expect(r.attributes.workspace_id).toEqual({ value: "123", source: { kind: "derived", from: "host-query" } });
    expect(r.accountId).toBe("acc");
  });

  it("keeps secrets out of the Resolution but reachable through secretValue", async () => {
    const r = await resolveConfig({ explicit: { host: "h", token: "a-long-secret-value-1234" }, env: {}, homeDir: tempHome() });
    expect(r.attributes.token).toEqual({ value: "…1234", source: { kind: "explicit" }, sensitive: true });
    expect(JSON.stringify(r)).not.toContain("a-long-secret-value");
    expect(secretValue(r, "token")).toBe("a-long-secret-value-1234");
  });
});
