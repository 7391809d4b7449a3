// `dbcfg doctor --offline`, `dbcfg profiles --offline` and `dbcfg doctor --offline --fix --dry-run`
// (a repair for every other profile) on generated config files of 10k, 30k and 100k profiles (100k
// is about 11 MB), through the built CLI. Goal: 100k within 5× the time of
// 10k (reading once and indexing once makes the work linear), and no check "Timed out" on a local
// file. Sizes can be given for a quick run: `node bench/profiles-scale.bench.mjs 500 1500 5000`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./measure.mjs";

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length > 0 ? SIZES : [10_000, 30_000, 100_000];
const RUNS = 3;
const GOAL_RATIO = 5;
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "apps", "cli", "dist", "bin.cjs");
if (!existsSync(bin)) {
  console.error(`profiles-scale bench: ${bin} is missing; build the CLI first (npm run build).`);
  process.exit(1);
}

/** A distinct PAT-shaped value per profile (derived, so not a placeholder and not a real token). */
const fakeToken = (i) => "dapi" + createHash("sha256").update(`bench-${i}`).digest("hex").slice(0, 32);

/** Every profile valid; or (`fixable`) every other one with a host `--fix` rewrites (`/?o=` to `workspace_id`) and a repeated token it removes. */
function writeConfig(path, count, fixable = false) {
  const parts = ["; generated for the dbcfg profiles-scale benchmark\n[__settings__]\ndefault_profile = p0\n"];
  for (let i = 0; i < count; i++) {
    const broken = fixable && i % 2 === 0;
    const host = `https://adb-${1_000_000 + i}.1.azuredatabricks.net${broken ? `/?o=${i}` : ""}`;
    parts.push(`\n[p${i}]\nhost = ${host}\n${broken ? `token = ${fakeToken(-i - 1)}\n` : ""}token = ${fakeToken(i)}\n`);
  }
  writeFileSync(path, parts.join(""), { mode: 0o600 });
}

const home = mkdtempSync(join(tmpdir(), "dbcfg-bench-scale-"));
const env = { ...process.env, HOME: home, USERPROFILE: home, NO_COLOR: "1" };
for (const name of Object.keys(env)) if (name.startsWith("DATABRICKS_")) delete env[name];

// `fix --dry-run` runs on the fixable file: it plans, applies in memory and diffs a repair for half the profiles.
const commands = {
  "doctor --offline": { args: ["doctor", "--offline", "--format", "json"], file: "valid" },
  "profiles --offline": { args: ["profiles", "--offline", "--json"], file: "valid" },
  "fix --dry-run": { args: ["doctor", "--offline", "--fix", "--dry-run"], file: "fixable" },
};
const results = {};
let failed = false;
let ratioGoalMissed = false;
try {
  for (const size of sizes) {
    const files = { valid: join(home, `cfg-${size}`), fixable: join(home, `fixable-${size}`) };
    writeConfig(files.valid, size);
    writeConfig(files.fixable, size, true);
    for (const [name, { args, file: variant }] of Object.entries(commands)) {
      const file = files[variant];
      const times = [];
      for (let run = 0; run < RUNS; run++) {
        const start = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [bin, ...args], { env: { ...env, DATABRICKS_CONFIG_FILE: file }, encoding: "utf8", maxBuffer: 1 << 30 });
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (result.status === 2 || result.status === null) {
          console.error(`${name} on ${size} profiles failed (exit ${result.status}):\n${result.stderr.slice(0, 2000)}`);
          process.exit(1);
        }
        if (/Timed out/.test(result.stdout)) {
          console.error(`${name} on ${size} profiles: a check timed out on a local file`);
          failed = true;
        }
      }
      (results[name] ??= {})[size] = median(times);
    }
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}

const [small, large] = [sizes[0], sizes[sizes.length - 1]];
// The goal, 5× the time for 10× the profiles, scaled to the sizes given.
const goal = `goal ≤ ${Number(((GOAL_RATIO * large) / small / 10).toFixed(2))}× for ${Number((large / small).toFixed(2))}× the profiles`;
console.log(`profiles | ${sizes.map((s) => `${s}`.padStart(10)).join(" | ")} | ${sizes.length > 1 ? `ratio ${large}/${small} (${goal})` : ""}`);
for (const [name, bySize] of Object.entries(results)) {
  const ratio = bySize[large] / bySize[small];
  // One size alone has no ratio to judge.
  const ok = large === small || ratio <= (GOAL_RATIO * large) / small / 10;
  const mark = large === small ? "" : ok ? " ✓" : " ✗";
  // Per-profile time at each size: flat when the work is linear.
  const perProfile = sizes.map((s) => `${((bySize[s] * 1000) / s).toFixed(0)} µs`).join(" / ");
  console.log(
    `${name.padEnd(19)} | ${sizes.map((s) => `${bySize[s].toFixed(0)} ms`.padStart(10)).join(" | ")} | ${ratio.toFixed(2)}×${mark} (per profile ${perProfile})`,
  );
  if (!ok) ratioGoalMissed = true;
}
// Like the other benchmarks, a goal not met is reported, not an error; a check that timed out on a
// local file, or a command that failed, is.
if (sizes.length > 1) console.log(`${goal}: ${ratioGoalMissed ? "NOT met" : "met"}`);
if (failed) process.exit(1);
