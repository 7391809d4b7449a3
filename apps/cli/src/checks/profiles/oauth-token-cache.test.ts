import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oauthTokenCache } from "./oauth-token-cache.js";
import { loadFixture, runOneCheck } from "../../test-support/doctor-harness.js";
import { fakeContext } from "../../test-support/fake-context.js";
import { makeHome } from "../../test-support/temp-home.js";
import type { Finding } from "../../doctor/engine/types.js";

const NOW = Date.UTC(2026, 5, 1);

async function withCache(cache: string | undefined): Promise<{ findings: Finding[] }> {
  const home = await makeHome(await loadFixture("oauth-token-cache", "u2m.databrickscfg"));
  try {
    if (cache !== undefined) {
      await mkdir(join(home.dir, ".databricks"), { recursive: true });
      await writeFile(join(home.dir, ".databricks", "token-cache.json"), cache);
    }
    const findings = await runOneCheck(oauthTokenCache, fakeContext({ homeDir: home.dir, now: () => NOW }), { allProfiles: true });
    return { findings };
  } finally {
    await home.cleanup();
  }
}

describe("oauth-token-cache", () => {
  it("fails an expired login without refresh token, passes a refreshable one, never prints a cached token", async () => {
    const values: Record<string, string> = {};
    const cache = await loadFixture("oauth-token-cache", "token-cache.json", values);
    const { findings } = await withCache(cache);
    expect(findings.find((f) => f.profile === "laptop")).toMatchObject({
      status: "fail",
      message:
        "The cached OAuth login of [laptop] (https://dev-workspace.cloud.databricks.com) expired at 2026-01-01T00:00:00.000Z and has no refresh token: every command fails until you log in again.",
      fix: "databricks auth login --profile laptop",
    });
    expect(findings.find((f) => f.profile === "prod-browser")).toMatchObject({
      status: "pass",
      message: "The cached OAuth login of [prod-browser] (prod-browser) expired at 2026-01-01T00:00:00.000Z and will be refreshed.",
    });
    for (const value of Object.values(values)) expect(JSON.stringify(findings)).not.toContain(value.slice(4));
  });

  it("warns when there is no cache or no login for the host, and on a file it cannot read", async () => {
    const missing = await withCache(undefined);
    expect(missing.findings[0]).toMatchObject({ status: "warn", fix: "databricks auth login --profile laptop" });
    expect(missing.findings[0]!.message).toContain("but there is no login cache at");
    const other = await withCache(JSON.stringify({ version: 1, tokens: {} }));
    expect(other.findings[0]!.message).toContain("holds no login for https://dev-workspace.cloud.databricks.com");
    const broken = await withCache("{not json");
    expect(broken.findings[0]).toMatchObject({ status: "warn", message: expect.stringContaining("cannot be read as JSON") });
  });
});
