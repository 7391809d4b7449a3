import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../main.js";
import { emulatorHome, type EmulatorHome } from "../../test-support/emulator-home.js";
import { fakeContext, scriptedPrompter } from "../../test-support/fake-context.js";

let env: EmulatorHome;
afterEach(async () => {
  await env.close();
});

const CLUSTERS = [
  {
    cluster_id: "0123-000000-aaaaaaaa",
    cluster_name: "team shared",
    spark_version: "15.4.x-scala2.12",
    state: "RUNNING" as const,
    data_security_mode: "USER_ISOLATION",
  },
  { cluster_id: "0123-000000-bbbbbbbb", cluster_name: "etl", spark_version: "12.2.x-scala2.12", state: "TERMINATED" as const },
];

async function setUp(extra = ""): Promise<string> {
  env = await emulatorHome({ seed: { clusters: CLUSTERS } });
  const token = env.emulator.mintToken();
  env.writeConfig(`[dev]\nhost = ${env.emulator.url}\ntoken = ${token}\n${extra}`);
  return token;
}

describe("dbcfg configure --configure-cluster / --cluster-id", () => {
  it("picks a cluster on a terminal by filtering, writes cluster_id and drops serverless_compute_id", async () => {
    const token = await setUp("serverless_compute_id = auto\n");
    const ctx = fakeContext({ homeDir: env.home.dir, stdinIsTTY: true, prompt: scriptedPrompter(["etl", "1"]) });
    expect(await main(["configure", "-p", "dev", "--configure-cluster"], ctx)).toBe(0);
    expect(env.readConfig()).toBe(`[dev]\nhost = ${env.emulator.url}\ntoken = ${token}\ncluster_id = 0123-000000-bbbbbbbb\n`);
    expect(ctx.stdout.text).toContain("Removed serverless_compute_id = auto");
    expect(ctx.stderr.text).toContain('1 of 2 clusters match "etl":');
    expect(ctx.stdout.text + ctx.stderr.text).not.toContain(token.slice(4));
  });

  it("takes --cluster-id without a terminal, checking that the cluster exists", async () => {
    await setUp();
    const ctx = fakeContext({ homeDir: env.home.dir });
    expect(await main(["configure", "-p", "dev", "--cluster-id", "0123-000000-aaaaaaaa"], ctx)).toBe(0);
    expect(env.readConfig()).toContain("cluster_id = 0123-000000-aaaaaaaa\n");
    const missing = fakeContext({ homeDir: env.home.dir });
    expect(await main(["configure", "-p", "dev", "--cluster-id", "0123-000000-cccccccc", "--force"], missing)).toBe(1);
    expect(env.readConfig()).toContain("cluster_id = 0123-000000-aaaaaaaa\n");
  });

  it("never replaces a cluster_id silently, and needs --cluster-id without a terminal", async () => {
    await setUp("cluster_id = 0123-000000-aaaaaaaa\n");
    const ctx = fakeContext({ homeDir: env.home.dir });
    expect(await main(["configure", "-p", "dev", "--cluster-id", "0123-000000-bbbbbbbb"], ctx)).toBe(1);
    expect(ctx.stderr.text).toContain("pass --force to replace it");
    expect(await main(["configure", "-p", "dev", "--configure-cluster"], fakeContext({ homeDir: env.home.dir }))).toBe(2);
    expect(await main(["configure", "-p", "dev", "--cluster-id", "0123-000000-bbbbbbbb", "--force"], fakeContext({ homeDir: env.home.dir }))).toBe(0);
    expect(env.readConfig()).toContain("cluster_id = 0123-000000-bbbbbbbb\n");
  });
});
