// @dbcfg/eslint-plugin: what `recommended` adds to an ESLint run over a large real codebase
// (ESLint's own lib/, ~390 files from node_modules), next to a run with no rules, runs with one
// trivial core rule and with one empty rule (ESLint's own cost of running any rule at all), and
// eslint-plugin-no-secrets. Each sample is a fresh process (bench/eslint-lint-pass.mjs: one
// warm-up pass, one measured pass, CPU time), so that no configuration inherits another's heap;
// samples are interleaved round by round and each configuration is summarised by its median.
// About 2 minutes. Then the same files linted from parsed ASTs (parsing's noise left out), and
// last both tools lint a text with tokens planted in every tier, to count what each one finds.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync, readdirSync } from "node:fs";
import { ESLint, Linter, SourceCode } from "eslint";
import { randomBytes } from "node:crypto";
import { LINT_BASE as base, LINT_CONFIGS } from "./eslint-lint-configs.mjs";
import { median } from "./measure.mjs";

const ROUNDS = 5;
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cwd = dirname(require.resolve("eslint/package.json"));
const runs = Object.fromEntries(Object.entries(LINT_CONFIGS).map(([name, config]) => [name, [base, ...config]]));

function sample(name) {
  const child = spawnSync(process.execPath, ["--expose-gc", join(here, "eslint-lint-pass.mjs"), name], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`lint sample ${name} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

const times = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
const last = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(runs)) {
    const result = sample(name);
    times[name].push(result.ms);
    last[name] = result;
  }
}
const m = Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));

console.log(
  `ESLint ${ESLint.version} over ${join(cwd, "lib")} (${last["no rules"].files} files), median CPU time of ${ROUNDS} fresh processes each (interleaved)`,
);
for (const name of Object.keys(runs)) {
  const range = `${Math.min(...times[name]).toFixed(0)}–${Math.max(...times[name]).toFixed(0)}`;
  console.log(`  ${name.padEnd(20)} ${m[name].toFixed(0).padStart(6)} ms  (range ${range})   secret findings: ${last[name].secretFindings}`);
}
const pct = (a, b) => `${((m[a] / m[b] - 1) * 100).toFixed(1)} %`;
console.log(`  overhead over no rules: @dbcfg recommended ${pct("@dbcfg recommended", "no rules")}, no-secrets ${pct("no-secrets", "no rules")}`);
console.log(
  `  of which ESLint's cost of running any rule: core no-debugger ${pct("core no-debugger", "no rules")}, one empty rule ${pct("one empty rule", "no rules")}`,
);
console.log(
  `  @dbcfg recommended over core no-debugger: ${pct("@dbcfg recommended", "core no-debugger")}; over one empty rule (our own work): ${pct("@dbcfg recommended", "one empty rule")}`,
);
const overhead = m["@dbcfg recommended"] / m["no rules"] - 1;
const floor = m["core no-debugger"] / m["no rules"] - 1;
console.log(
  `  goal @dbcfg recommended ≤ 10 % over no rules: ${overhead <= 0.1 ? "met" : "NOT met"} (${(overhead * 100).toFixed(1)} %; ESLint alone, with one core rule, costs ${(floor * 100).toFixed(1)} %)`,
);

// The same files parsed once and linted again from fresh SourceCode objects: parsing (most of a run,
// and most of its noise) drops out, leaving traversal plus what the rules add. Median of interleaved rounds.
const PARSED_ROUNDS = 8;
const sources = readdirSync(join(cwd, "lib"), { recursive: true })
  .filter((file) => file.endsWith(".js"))
  .map((file) => {
    const linter = new Linter();
    linter.verify(readFileSync(join(cwd, "lib", file), "utf8"), [base], { filename: "file.js" });
    const { text, ast, scopeManager, visitorKeys, parserServices } = linter.getSourceCode();
    return { text, ast, scopeManager, visitorKeys, parserServices };
  });
const verifier = new Linter();
function verifyAll(config) {
  globalThis.gc?.();
  const start = process.cpuUsage();
  for (const source of sources) verifier.verify(new SourceCode(source), config, { filename: "file.js", allowInlineConfig: false });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const parsedRuns = ["no rules", "core no-debugger", "one empty rule", "@dbcfg recommended"];
for (const name of parsedRuns) verifyAll(runs[name]);
const parsedTimes = Object.fromEntries(parsedRuns.map((name) => [name, []]));
for (let round = 0; round < PARSED_ROUNDS; round++) for (const name of parsedRuns) parsedTimes[name].push(verifyAll(runs[name]));
const p = Object.fromEntries(parsedRuns.map((name) => [name, median(parsedTimes[name])]));
const share = (name) =>
  `+${(p[name] - p["no rules"]).toFixed(0)} ms = ${(((p[name] - p["no rules"]) / m["no rules"]) * 100).toFixed(1)} % of a full no-rule run`;
console.log(
  `  parsing excluded (median of ${PARSED_ROUNDS}): no rules ${p["no rules"].toFixed(0)} ms; core no-debugger ${share("core no-debugger")}; one empty rule ${share("one empty rule")}; @dbcfg recommended ${share("@dbcfg recommended")}`,
);
// Recall on planted tokens: 20 fresh random tokens in each of 8 spellings.
// Built apart so that this file's own lint does not report the inputs it plants on purpose.
const prefix = ["d", "a", "p", "i"].join("");
const scheme = "https://";
const spellings = {
  literal: (t, i) => `const v${i} = "${t}";`,
  "in a URL": (t, i) => `const v${i} = "${scheme}adb-1.2.azuredatabricks.net/api/2.0/x?token=${t}";`,
  "JSX-like text": (t, i) => `const v${i} = "<p>${t}</p>";`,
  escaped: (t, i) => `const v${i} = "\\x64${t.slice(1)}";`,
  concat: (t, i) => `const v${i} = "${t.slice(0, 12)}" + "${t.slice(12)}";`,
  binding: (t, i) => `const p${i} = "${t.slice(0, 4)}"; const v${i} = p${i} + "${t.slice(4)}";`,
  base64: (t, i) => `const v${i} = atob("${Buffer.from(t).toString("base64")}");`,
  reversed: (t, i) => `const v${i} = "${[...t].reverse().join("")}".split("").reverse().join("");`,
};
const plantedLines = [];
for (let i = 0; i < 20; i++) {
  for (const spell of Object.values(spellings)) plantedLines.push(spell(prefix + randomBytes(16).toString("hex"), plantedLines.length));
}
const planted = plantedLines.join("\n");
for (const name of ["@dbcfg recommended", "no-secrets"]) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [{ ...base, files: ["**/*.js"] }, ...runs[name].slice(1)] });
  const [result] = await eslint.lintText(planted, { filePath: join(cwd, "planted.js") });
  if (result.messages.some((m) => m.fatal)) throw new Error(`planted text does not parse: ${result.messages[0].message}`);
  const lines = new Set(result.messages.filter((m) => m.ruleId).map((m) => m.line));
  const leaks = result.messages.filter((m) => /dapi[0-9a-f]{32}/.test(m.message)).length;
  console.log(
    `  planted tokens found by ${name.padEnd(18)}: ${lines.size} of ${plantedLines.length} lines (${((100 * lines.size) / plantedLines.length).toFixed(0)} %), messages printing a whole token: ${leaks}`,
  );
}
if (last["@dbcfg recommended"].leaked) {
  console.error("a finding printed a whole token");
  process.exit(1);
}
