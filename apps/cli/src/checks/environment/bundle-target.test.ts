import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleTarget } from "./bundle-target.js";
import { loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import type { Finding } from "../../doctor/engine/types.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/doctor/bundle-target/", import.meta.url));

/** Copies bundle fixture `name` into a temp home holding the fixture profiles, runs the check from `subdir` of the bundle. */
async function inBundle(
  name: string,
  options: { env?: Record<string, string>; profile?: string; subdir?: string } = {},
): Promise<{ findings: Finding[]; bundleDir: string }> {
  const values: Record<string, string> = { CLIENT_SECRET: "dose" + "5e".repeat(18) };
  const home = await makeHome(await loadFixture("bundle-target", "workspaces.databrickscfg", values));
  try {
    const bundleDir = join(home.dir, "projects", "sales-etl");
    await cp(join(FIXTURES, name), bundleDir, { recursive: true });
    const cli = { ...fakeContext({ homeDir: home.dir, ...(options.env ? { env: options.env } : {}) }), cwd: join(bundleDir, options.subdir ?? "") };
    const findings = await runOneCheck(bundleTarget, cli, options.profile !== undefined ? { profile: options.profile } : {});
    const text = JSON.stringify(findings);
    for (const token of Object.values(values)) expect(text).not.toContain(token.slice(4));
    return { findings, bundleDir };
  } finally {
    await home.cleanup();
  }
}

describe("bundle-target", () => {
  it("says which target, host and profile the CLI uses, from a subfolder, and why", async () => {
    const { findings, bundleDir } = await inBundle("two-targets", { subdir: "src" });
    expect(findings).toEqual([
      expect.objectContaining({
        status: "pass",
        message: `Inside the bundle ${bundleDir}/databricks.yml the Databricks CLI uses target "dev" (default: true), host https://dev-workspace.cloud.databricks.com (from targets.dev.workspace.host) and profile [dev] (from targets.dev.workspace.profile); outside the bundle [DEFAULT] would be used.`,
      }),
    ]);
  });

  it("fails a --profile whose host is not the bundle's, with the CLI's exact error and host", async () => {
    const { findings, bundleDir } = await inBundle("two-targets", { profile: "DEFAULT" });
    expect(findings).toEqual([
      {
        id: "bundle-target",
        title: "Bundle target and workspace",
        status: "fail",
        message: `Inside the bundle ${bundleDir}/databricks.yml the Databricks CLI (target "dev" (default: true), profile [DEFAULT] from --profile) stops with "config host mismatch: profile uses host https://prod-workspace.cloud.databricks.com, but CLI configured to use https://dev-workspace.cloud.databricks.com".`,
        fix: "Use -t prod to deploy to https://prod-workspace.cloud.databricks.com, or --profile dev (host https://dev-workspace.cloud.databricks.com).",
      },
    ]);
  });

  it("uses the included target chosen by DATABRICKS_BUNDLE_TARGET; two profiles on its host stop the CLI", async () => {
    const { findings } = await inBundle("two-targets", { env: { DATABRICKS_BUNDLE_TARGET: "prod" } });
    expect(findings[0]).toMatchObject({ status: "fail", fix: "Name the profile to use in workspace.profile of the target (or pass --profile)." });
    expect(findings[0]!.message).toContain(
      '(target "prod" (DATABRICKS_BUNDLE_TARGET=prod; defined in targets/prod.yml)) stops with "multiple profiles matched: DEFAULT, deployer"',
    );
  });

  it("finds the profile by host when the target names none", async () => {
    const home = await makeHome("[DEFAULT]\nhost = https://a.cloud.databricks.com\n\n[b]\nhost = https://b.cloud.databricks.com/\n");
    try {
      await writeFile(join(home.dir, "databricks.yml"), "workspace:\n  host: https://B.cloud.databricks.com\ntargets:\n  only: {}\n");
      const [finding] = await runOneCheck(bundleTarget, fakeContext({ homeDir: home.dir }));
      expect(finding!.message).toBe(
        `Inside the bundle ${home.dir}/databricks.yml the Databricks CLI uses target "only" (the only target), host https://b.cloud.databricks.com (from workspace.host) and profile [b] (from the only profile whose host is https://b.cloud.databricks.com); outside the bundle [DEFAULT] would be used.`,
      );
    } finally {
      await home.cleanup();
    }
  });

  it("fails a DATABRICKS_HOST the CLI ignores inside the bundle", async () => {
    const { findings } = await inBundle("two-targets", { env: { DATABRICKS_HOST: "https://prod-workspace.cloud.databricks.com/" } });
    expect(findings[0]).toMatchObject({
      status: "fail",
      message: expect.stringMatching(
        /^DATABRICKS_HOST=https:\/\/prod-workspace\.cloud\.databricks\.com is ignored inside the bundle .*: the Databricks CLI uses https:\/\/dev-workspace\.cloud\.databricks\.com \(targets\.dev\.workspace\.host\) of target "dev"/,
      ),
      fix: "Select the target for that workspace: -t prod (or DATABRICKS_BUNDLE_TARGET=prod), or unset DATABRICKS_HOST.",
    });
  });

  it("fails when the bundle's own profile points at another workspace", async () => {
    const { findings } = await inBundle("profile-mismatch");
    expect(findings[0]!.status).toBe("fail");
    expect(findings[0]!.message).toContain(
      'profile [stale-dev] from targets.dev.workspace.profile) stops with "config host mismatch: profile uses host https://old-dev-workspace.cloud.databricks.com, but CLI configured to use https://dev-workspace.cloud.databricks.com"',
    );
    expect(findings[0]!.fix).toBe("Use --profile dev (host https://dev-workspace.cloud.databricks.com), or fix targets.dev.workspace.profile.");
  });

  it("reports the CLI's target errors and unreadable YAML", async () => {
    const home = await makeHome("[DEFAULT]\nhost = https://x.cloud.databricks.com\n");
    try {
      const cli = fakeContext({ homeDir: home.dir });
      await writeFile(join(home.dir, "databricks.yml"), "targets:\n  a:\n    default: true\n  b:\n    default: true\n");
      expect((await runOneCheck(bundleTarget, cli))[0]).toMatchObject({
        status: "fail",
        message: `Inside the bundle ${home.dir}/databricks.yml the Databricks CLI stops with "Error: multiple targets are marked as default (a, b)".`,
      });
      await writeFile(join(home.dir, "databricks.yml"), "targets:\n  a: {}\n  b: {}\n");
      expect((await runOneCheck(bundleTarget, cli))[0]!.message).toContain('"Error: please specify target"');
      await writeFile(join(home.dir, "databricks.yml"), "targets:\n  a: [\n");
      expect((await runOneCheck(bundleTarget, cli))[0]).toMatchObject({
        status: "fail",
        message: expect.stringMatching(/^The bundle cannot be read: databricks\.yml: /),
      });
    } finally {
      await home.cleanup();
    }
  });

  it("skips outside a bundle", async () => {
    const home = await makeHome("[DEFAULT]\nhost = https://x.cloud.databricks.com\n");
    try {
      expect((await runOneCheck(bundleTarget, fakeContext({ homeDir: home.dir })))[0]).toMatchObject({
        status: "skip",
        message: `Skipped: no databricks.yml in ${home.dir} or above (not inside a bundle).`,
      });
    } finally {
      await home.cleanup();
    }
  });
});
