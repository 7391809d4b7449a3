// Makes dist/dbcfg.cjs.cache (see src/bundle-loader.cts): loads the freshly built bundle without a
// cache, runs what users start most — `doctor --offline` on a generated config with healthy and
// broken profiles, `profiles --offline`, `describe`, `--version`, `--help` — against a temporary
// HOME, with output kept in memory and no network, then stores the V8 code of every function those
// runs compiled. build.mjs runs it in a child process without NODE_OPTIONS, so the cache matches a
// plain `node` start (V8 rejects a cache made under other flags).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import bundleLoader from "../dist/bundle-loader.cjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const WARM_UP_RUNS = [["doctor", "--offline"], ["profiles", "--offline"], ["describe"], ["--version"], ["--help"]];

const pat = () => `dapi${randomBytes(16).toString("hex")}`;
function warmUpConfig() {
  const sections = [`[DEFAULT]\nhost = https://dbc-0a1b2c3d-0.cloud.databricks.com\ntoken = ${pat()}\n`];
  for (let i = 1; i <= 20; i++) sections.push(`[profile-${i}]\nhost = https://adb-${1000 + i}.${i}.azuredatabricks.net\ntoken = ${pat()}\n`);
  // A few broken shapes, so that the code paths of common findings are compiled too.
  sections.push(`[trailing-slash]\nhost = dbc-9f8e7d6c-1.cloud.databricks.com/\ntoken = "${pat()}"\n`);
  sections.push(`[basic]\nhost = https://dbc-9f8e7d6c-2.cloud.databricks.com\nusername = someone@example.com\npassword = ${randomBytes(8).toString("hex")}\n`);
  sections.push(`[placeholder]\nhost = https://dbc-9f8e7d6c-3.cloud.databricks.com\ntoken = dapi${"0".repeat(32)}\n`);
  return `; generated to warm the dbcfg code cache\n${sections.join("\n")}`;
}

const home = mkdtempSync(join(tmpdir(), "dbcfg-code-cache-"));
try {
  writeFileSync(join(home, ".databrickscfg"), warmUpConfig(), { mode: 0o600 });
  const bundle = bundleLoader.loadBundle(dist, { useCodeCache: false });
  const discard = { isTTY: false, write() {} };
  const ctx = {
    env: { HOME: home, NO_COLOR: "1" },
    homeDir: home,
    cwd: home,
    stdout: discard,
    stderr: discard,
    readStdin: async () => "",
    stdinIsTTY: false,
    fetch: async () => {
      throw new Error("no network while warming the code cache");
    },
    now: () => Date.now(),
  };
  for (const argv of WARM_UP_RUNS) {
    const code = await bundle.executable.main(argv, ctx);
    if (code === 2) throw new Error(`dbcfg ${argv.join(" ")} exited 2 while warming the code cache`);
  }
  bundleLoader.writeCodeCache(dist, bundle);
} finally {
  rmSync(home, { recursive: true, force: true });
}
