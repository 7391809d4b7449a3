import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { envOrigins } from "./env-origins.js";
import { parseAssignment } from "../../doctor/input/find-env-origins.js";
import { fillPlaceholders, loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";
import { readFile } from "node:fs/promises";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/doctor/env-origins/", import.meta.url));

describe("env-origins", () => {
  it("parses sh, dotenv and fish assignments", () => {
    expect(parseAssignment("export DATABRICKS_HOST='https://a'  # note")).toEqual({ name: "DATABRICKS_HOST", value: "https://a" });
    expect(parseAssignment('DATABRICKS_TOKEN="x y"')).toEqual({ name: "DATABRICKS_TOKEN", value: "x y" });
    expect(parseAssignment("set -gx ARM_TENANT_ID abc")).toEqual({ name: "ARM_TENANT_ID", value: "abc" });
    expect(parseAssignment("echo hi")).toBeUndefined();
  });

  it("names the file each variable comes from, and the line to delete for one that shadows the profile", async () => {
    const values: Record<string, string> = {};
    const home = await makeHome(await loadFixture("env-origins", "profiles.databrickscfg", values));
    try {
      const project = join(home.dir, "work", "project");
      await cp(join(FIXTURES, "project"), project, { recursive: true });
      const vscodeEnv = join(project, ".databricks", "databricks.env");
      await writeFile(vscodeEnv, fillPlaceholders(await readFile(vscodeEnv, "utf8"), values));
      await cp(join(FIXTURES, "zshrc"), join(home.dir, ".zshrc"));
      await mkdir(join(project, "src"));
      const env = {
        DATABRICKS_HOST: "https://staging-workspace.cloud.databricks.com",
        DATABRICKS_TOKEN: values.TOKEN_VSCODE!,
        ARM_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
        DATABRICKS_CLUSTER_ID: "0123-456789-abcdefgh",
      };
      const cli = { ...fakeContext({ homeDir: home.dir, env }), cwd: join(project, "src") };
      const findings = await runOneCheck(envOrigins, cli);
      const byVar = (name: string) => findings.find((f) => f.message.startsWith(name));
      expect(byVar("DATABRICKS_HOST")).toMatchObject({
        status: "warn",
        message: `DATABRICKS_HOST overrides [DEFAULT] host with another value and is likely from direnv (.envrc) at ${project}/.envrc:2.`,
        fix: `Delete ${project}/.envrc:2 and run \`direnv allow\`, then open a new shell (or unset DATABRICKS_HOST).`,
      });
      expect(byVar("DATABRICKS_TOKEN")).toMatchObject({
        status: "warn",
        message: `DATABRICKS_TOKEN overrides [DEFAULT] token with another value and is likely from the Databricks VS Code extension (.databricks/databricks.env) at ${vscodeEnv}:1.`,
      });
      expect(byVar("ARM_TENANT_ID")).toMatchObject({
        status: "pass",
        message: `ARM_TENANT_ID=72f988bf-86f1-41af-91ab-2d7cd011db47 is likely from a shell start-up file at ${home.dir}/.zshrc:2.`,
      });
      expect(byVar("DATABRICKS_CLUSTER_ID")).toMatchObject({
        status: "pass",
        message:
          "DATABRICKS_CLUSTER_ID=0123-456789-abcdefgh is set in the shell or by the parent process (no .envrc, .env, .databricks/databricks.env or shell start-up file sets this value).",
      });
      for (const value of Object.values(values)) expect(JSON.stringify(findings)).not.toContain(value.slice(4, -4));
    } finally {
      await home.cleanup();
    }
  });

  it("passes a variable equal to the profile's value and mentions files that set another one", async () => {
    const token = fakePat();
    const home = await makeHome(`[DEFAULT]\nhost = https://prod-workspace.cloud.databricks.com/\ntoken = ${token}\n`);
    try {
      await writeFile(join(home.dir, ".env"), "DATABRICKS_HOST=https://old.cloud.databricks.com\n");
      const cli = fakeContext({ homeDir: home.dir, env: { DATABRICKS_HOST: "https://prod-workspace.cloud.databricks.com" } });
      const [finding] = await runOneCheck(envOrigins, cli);
      expect(finding).toMatchObject({
        status: "pass",
        message: `DATABRICKS_HOST=https://prod-workspace.cloud.databricks.com is set in the shell or by the parent process (no .envrc, .env, .databricks/databricks.env or shell start-up file sets this value); ${home.dir}/.env:1 sets another value; it matches [DEFAULT].`,
      });
    } finally {
      await home.cleanup();
    }
  });
});
