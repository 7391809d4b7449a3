// `resolveConfig` of @dbcfg/unified-auth against a generated 1,000-profile ~/.databrickscfg,
// beside the official JS SDK's `new Config({...}).ensureResolved()` on the same file, interleaved
// in the same run. The profile read is the last one, so every reader walks the whole file.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { resolveConfig } from "@dbcfg/unified-auth";
import { unreadText } from "./measure.mjs";

const require = createRequire(import.meta.url);
const { Config } = require("@databricks/sdk-experimental");

const PROFILES = 1000;
// The JS SDK takes about a second per call on this file (its `flattenIniObject` copies the whole
// result once per section), so it gets fewer runs than ours; medians are comparable.
const RUNS = 40;
const JS_SDK_RUNS = 12;
const WARMUP = 3;

const home = mkdtempSync(join(tmpdir(), "dbcfg-unified-auth-bench-"));
const path = join(home, ".databrickscfg");
const sections = [];
for (let i = 0; i < PROFILES; i++) {
  const host = `https://dbc-${randomBytes(4).toString("hex")}-${i}.cloud.databricks.com`;
  sections.push(`[profile-${i}]\nhost = ${host}\ntoken = dapi${randomBytes(16).toString("hex")}\ncluster_id = 0123-${i}\n`);
}
const content = `; generated for the unified-auth benchmark\n${sections.join("\n")}`;
// Before every timed call (untimed) the file gets a text no earlier call read (`unreadText`): each
// call reads the file as a new process would, not from @dbcfg/config-file's cache of recent readings.
const rewriteFile = () => writeFileSync(path, unreadText(content), { mode: 0o600 });
const profile = `profile-${PROFILES - 1}`;
const env = { PATH: "" };
const silent = { debug() {}, info() {}, warn() {}, error() {} };

const subjects = {
  "resolveConfig go (auth type selected)": () => resolveConfig({ explicit: { profile, config_file: path }, env, homeDir: home, dialect: "go" }),
  "resolveConfig go (selectAuth: false)": () =>
    resolveConfig({ explicit: { profile, config_file: path }, env, homeDir: home, dialect: "go", selectAuth: false }),
  "resolveConfig python (selectAuth: false)": () =>
    resolveConfig({ explicit: { profile, config_file: path }, env, homeDir: home, dialect: "python", selectAuth: false }),
  "resolveConfig js (selectAuth: false)": () =>
    resolveConfig({ explicit: { profile, config_file: path }, env, homeDir: home, dialect: "js", selectAuth: false }),
  "JS SDK new Config().ensureResolved()": () => new Config({ profile, configFile: path, env, logger: silent }).ensureResolved(),
};

const JS_SDK = "JS SDK new Config().ensureResolved()";
const runsOf = (name) => (name === JS_SDK ? JS_SDK_RUNS : RUNS);
const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (let i = 0; i < WARMUP + RUNS; i++) {
  for (const [name, run] of Object.entries(subjects)) {
    if (i >= WARMUP + runsOf(name)) continue;
    rewriteFile();
    const start = performance.now();
    await run();
    if (i >= WARMUP) times[name].push((performance.now() - start) * 1000);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const anchor = median(times[JS_SDK]);
console.log(`unified-auth: ${PROFILES}-profile file, reading the last profile; median µs (after ${WARMUP} warm-up runs)`);
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(`  ${name.padEnd(42)} ${m.toFixed(0).padStart(9)} µs  (${xs.length} runs)  ${(m / anchor).toFixed(3)}× the JS SDK`);
}
rmSync(home, { recursive: true, force: true });
