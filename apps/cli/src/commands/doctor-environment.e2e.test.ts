import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "@dbcfg/workspace-emulator";
import { loadFixture } from "../test-support/doctor-harness.js";
import { makeHome, type TempHome } from "../test-support/temp-home.js";
import { fakePat } from "@dbcfg/pat/testing";
import { doctorInEveryFormat } from "../test-support/doctor-every-format.js";
import { HOST_METADATA_PATH } from "../checks/online/clock-skew.js";

let home: TempHome | undefined;
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  await home?.cleanup();
  emulator = undefined;
  home = undefined;
});

async function everyFormat(args: string[], env: Record<string, string>, secrets: string[], cwd?: string) {
  return doctorInEveryFormat(args, { env, secrets, ...(cwd !== undefined ? { cwd } : {}) });
}

describe("doctor: ~/.netrc and clock skew (built CLI)", () => {
  it("a PAT for the workspace in a readable ~/.netrc", async () => {
    const values: Record<string, string> = {};
    const secret = "dose" + fakePat().slice(4);
    home = await makeHome(
      (await loadFixture("netrc-credentials", "profiles.databrickscfg", values)) +
        `\n[sp]\nhost = https://dev-workspace.cloud.databricks.com\nclient_id = abc\nclient_secret = ${secret}\n`,
    );
    await writeFile(join(home.dir, ".netrc"), await loadFixture("netrc-credentials", "netrc", values));
    await chmod(join(home.dir, ".netrc"), 0o644);
    const { text, report, sarif } = await everyFormat(["--offline"], { HOME: home.dir }, [...Object.values(values), secret]);
    expect(report.checks.find((c) => c.id === "netrc-credentials")).toMatchObject({
      status: "fail",
      fix: `chmod 600 ${join(home.dir, ".netrc")}, and remove the machine dev-workspace.cloud.databricks.com entry unless a tool needs it.`,
    });
    expect(text).toContain(`(password dapi…${values.TOKEN_A!.slice(-4)})`);
    expect(sarif.runs[0]!.results.some((r) => r.ruleId === "netrc-credentials")).toBe(true);
  });

  it("a server clock 2 hours away from this machine", async () => {
    emulator = await startEmulator();
    const token = emulator.mintToken();
    emulator.faults.add({ path: HOST_METADATA_PATH, headers: { Date: new Date(Date.now() - 2 * 3_600_000).toUTCString() } });
    const secret = "dose" + fakePat().slice(4);
    home = await makeHome(`[DEFAULT]\nhost = ${emulator.url}\ntoken = ${token}\n\n[sp]\nhost = ${emulator.url}\nclient_id = abc\nclient_secret = ${secret}\n`);
    const { text, report } = await everyFormat([], { HOME: home.dir }, [token, secret]);
    const skew = report.checks.find((c) => c.id === "clock-skew");
    expect(skew).toMatchObject({ status: "warn" });
    expect(skew!.message).toMatch(/^This machine's clock is 2 h ahead of http:\/\/127\.0\.0\.1:\d+ /);
    expect(text).toContain("Clock in step with the workspace");
  });

  it("a DATABRICKS_HOST from a project's .envrc that overrides the profile: the line to delete", async () => {
    const values: Record<string, string> = {};
    const secret = "dose" + fakePat().slice(4);
    home = await makeHome(
      (await loadFixture("env-origins", "profiles.databrickscfg", values)) +
        `\n[sp]\nhost = https://prod-workspace.cloud.databricks.com\nclient_id = abc\nclient_secret = ${secret}\n`,
    );
    const project = join(home.dir, "project");
    await mkdir(project);
    await writeFile(join(project, ".envrc"), await loadFixture("env-origins", "project/.envrc"));
    const { text, report } = await everyFormat(
      ["--offline"],
      { HOME: home.dir, DATABRICKS_HOST: "https://staging-workspace.cloud.databricks.com", DATABRICKS_CLIENT_SECRET: secret },
      [...Object.values(values), secret],
      project,
    );
    expect(report.checks.find((c) => c.id === "env-origins" && c.message.startsWith("DATABRICKS_HOST"))).toMatchObject({
      status: "warn",
      fix: `Delete ${project}/.envrc:2 and run \`direnv allow\`, then open a new shell (or unset DATABRICKS_HOST).`,
    });
    expect(text).toContain("Where each environment variable comes from");
  });

  it("an old Databricks CLI for a unified-host profile (probed with a timeout; never with --offline)", async () => {
    const values: Record<string, string> = {};
    const secret = "dose" + fakePat().slice(4);
    home = await makeHome(
      (await loadFixture("tool-versions", "unified.databrickscfg", values)) +
        `\n[sp]\nhost = https://acme.cloud.databricks.com\nclient_id = abc\nclient_secret = ${secret}\n`,
    );
    const bin = join(home.dir, "bin");
    await mkdir(bin);
    await writeFile(join(bin, "databricks"), '#!/bin/sh\necho "Databricks CLI v0.298.1"\n');
    await chmod(join(bin, "databricks"), 0o755);
    const env = { HOME: home.dir, PATH: `${bin}:/usr/bin:/bin` };
    const { report } = await everyFormat(["--check", "tool-versions"], env, [...Object.values(values), secret]);
    expect(report.checks.find((c) => c.id === "tool-versions" && c.message.startsWith("Databricks CLI"))).toMatchObject({
      status: "warn",
      message: "Databricks CLI 0.298.1 is older than needed for unified hosts (one profile with account_id and workspace_id) (≥ 0.299.0).",
    });
    const offline = await everyFormat(["--offline", "--check", "tool-versions"], env, [secret]);
    expect(offline.report.checks).toEqual([expect.objectContaining({ id: "tool-versions", status: "skip", message: "Skipped: --offline." })]);
  });
});
