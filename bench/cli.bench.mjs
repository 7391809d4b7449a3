// `dbcfg doctor --offline` on a generated 50-profile ~/.databrickscfg (temporary HOME) beside
// `node -e 0` (the floor: starting Node itself), interleaved in the same run, 20 runs each.
// Goal: the doctor within 1.6× of bare Node start-up, with no cache built on this machine. Also shows `dbcfg --version` (bundle load
// alone) and `dbcfg profiles --offline` on the same file.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RUNS = 20;
const PROFILES = 50;
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "apps", "cli", "dist", "bin.cjs");
if (!existsSync(bin)) {
  console.error(`cli bench: ${bin} is missing; build the CLI first (npm run build).`);
  process.exit(1);
}

const home = mkdtempSync(join(tmpdir(), "dbcfg-bench-"));
const sections = [];
for (let i = 0; i < PROFILES; i++) {
  const host = `https://dbc-${randomBytes(4).toString("hex")}-${i}.cloud.databricks.com`;
  sections.push(`[profile-${i}]\nhost = ${host}\ntoken = dapi${randomBytes(16).toString("hex")}\n`);
}
writeFileSync(join(home, ".databrickscfg"), `; generated for the dbcfg CLI benchmark\n${sections.join("\n")}`, { mode: 0o600 });
const env = { ...process.env, HOME: home, USERPROFILE: home, NO_COLOR: "1" };
delete env.DATABRICKS_CONFIG_FILE;
for (const name of Object.keys(env)) if (name.startsWith("DATABRICKS_")) delete env[name];

const subjects = {
  "node -e 0": ["-e", "0"],
  "dbcfg --version": [bin, "--version"],
  "dbcfg doctor --offline": [bin, "doctor", "--offline"],
  "dbcfg profiles --offline": [bin, "profiles", "--offline"],
};
const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
const exitCodes = {};

function runOnce(name, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: "utf8" });
  times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  exitCodes[name] = result.status;
  if (result.status === 2) {
    console.error(`${name} failed:\n${result.stderr}`);
    process.exit(1);
  }
}

try {
  for (const [name, args] of Object.entries(subjects)) runOnce(name, args); // warm the file cache
  for (const name of Object.keys(times)) times[name] = [];
  for (let run = 0; run < RUNS; run++) for (const [name, args] of Object.entries(subjects)) runOnce(name, args);
} finally {
  rmSync(home, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const floor = median(times["node -e 0"]);
console.log(`cli: ${RUNS} runs each, ${PROFILES}-profile config, interleaved`);
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  const ratio = name === "node -e 0" ? "" : `  ${(m / floor).toFixed(2)}× node -e 0`;
  console.log(`  ${name.padEnd(26)} median ${m.toFixed(1).padStart(7)} ms${ratio}  (exit ${exitCodes[name]})`);
}
const doctorRatio = median(times["dbcfg doctor --offline"]) / floor;
console.log(`  goal doctor --offline ≤ 1.6× node -e 0: ${doctorRatio <= 1.6 ? "met" : "NOT met"} (${doctorRatio.toFixed(2)}×)`);
