import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolVersions } from "./tool-versions.js";
import { compareVersions } from "../../doctor/online/feature-minimums.js";
import { loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome, type TempHome } from "../../test-support/temp-home.js";
import type { Finding } from "../../doctor/engine/types.js";

/** Writes fake `databricks` and `python3` executables into a bin folder of the temp home. */
async function tools(home: TempHome, scripts: { databricks?: string; python3?: string; jsVersion?: string }): Promise<string> {
  const bin = join(home.dir, "bin");
  await mkdir(bin, { recursive: true });
  for (const [name, body] of Object.entries({ databricks: scripts.databricks, python3: scripts.python3 })) {
    if (body === undefined) continue;
    await writeFile(join(bin, name), `#!/bin/sh\n${body}\n`);
    await chmod(join(bin, name), 0o755);
  }
  if (scripts.jsVersion) {
    const dir = join(home.dir, "node_modules", "@databricks", "sdk-experimental");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "@databricks/sdk-experimental", version: scripts.jsVersion }));
  }
  return bin;
}

async function check(scripts: Parameters<typeof tools>[1], options: { offline?: boolean; timeoutMs?: number } = {}): Promise<Finding[]> {
  const home = await makeHome(await loadFixture("tool-versions", "unified.databrickscfg"));
  try {
    const bin = await tools(home, scripts);
    return await runOneCheck(toolVersions, fakeContext({ homeDir: home.dir, env: { PATH: bin } }), options);
  } finally {
    await home.cleanup();
  }
}

describe("tool-versions", () => {
  it("compares each installed tool with the minimum for unified hosts and scoped tokens", async () => {
    const findings = await check({ databricks: 'echo "Databricks CLI v0.298.1"', python3: 'echo "0.110.0"', jsVersion: "0.15.0" });
    expect(findings.map((f) => [f.status, f.message])).toEqual([
      ["warn", "Databricks CLI 0.298.1 is older than needed for unified hosts (one profile with account_id and workspace_id) (≥ 0.299.0)."],
      [
        "pass",
        "databricks-sdk (python3) 0.110.0 supports unified hosts (one profile with account_id and workspace_id) and scoped personal access tokens (scopes on token create).",
      ],
      [
        "warn",
        expect.stringMatching(
          /^@databricks\/sdk-experimental in .* 0\.15\.0 is older than needed for unified hosts \(one profile with account_id and workspace_id\) \(≥ 0\.16\.0\)\.$/,
        ),
      ],
    ]);
    expect(findings[0]!.fix).toMatch(/^Upgrade the Databricks CLI/);
  });

  it("fails the legacy Python databricks-cli and warns about a probe that does not answer in time", async () => {
    const findings = await check({ databricks: 'echo "Version 0.18.0"', python3: "exec /bin/sleep 5" }, { timeoutMs: 2000 });
    expect(findings[0]).toMatchObject({
      status: "fail",
      message: "`databricks` on PATH is the legacy databricks-cli (Python) 0.18.0, which is no longer supported and reads profiles differently.",
    });
    expect(findings[1]).toMatchObject({ status: "warn", message: "Python SDK: python3 did not answer within 1400 ms." });
  });

  it("skips when nothing is installed, and never probes with --offline", async () => {
    expect((await check({ python3: "exit 1" }))[0]).toMatchObject({
      status: "skip",
      message:
        "Skipped: databricks is not on PATH; the Python SDK (databricks-sdk) is not installed for python3; no @databricks/sdk-experimental in node_modules of this project.",
    });
    expect((await check({ databricks: "echo 'Databricks CLI v1.0.0'" }, { offline: true }))[0]).toMatchObject({
      status: "skip",
      message: "Skipped: --offline.",
    });
  });

  it("compares dotted versions numerically", () => {
    expect(compareVersions("0.299.2", "0.299.0")).toBe(1);
    expect(compareVersions("v0.16.0", "0.16.0")).toBe(0);
    expect(compareVersions("0.9.0", "0.16.0")).toBe(-1);
  });
});
