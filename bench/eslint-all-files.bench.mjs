// @dbcfg/eslint-plugin's configs["all-files"] next to secretlint (preset-recommend) and, where
// Python can import it, detect-secrets: over the same real files that hold no PAT (the .py files
// of this machine's Python standard library, and the .md, .json and .yml files under this
// repository's node_modules), copied into one temporary folder. Each tool runs as a whole process
// (`eslint .`, `secretlint "**/*"`, `detect-secrets scan --all-files`), rounds interleaved, wall
// time median. Prints time, MB/s and findings per tool: on these files every finding is a false
// positive for a PAT detector (secretlint also looks for other kinds of secret, such as the test
// private keys the standard library ships; its findings are counted by rule).
// CPU time (user + system of the tool's processes, from bash's `times`) is printed as well: on a
// busy machine it is the steadier number.
// Options: --mb N (copy only the first N MB of files; default all), --rounds N (default 3).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const require = createRequire(import.meta.url);
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const maxMb = option("mb", Infinity);
const rounds = option("rounds", 3);

function filesUnder(dir, extensions, skip) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !skip || !path.includes(`/${skip}/`))
    .sort();
}

const stdlib = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" });
const sources = [
  ...(stdlib.status === 0 ? filesUnder(stdlib.stdout.trim(), [".py"], "site-packages") : []),
  ...filesUnder(join(root, "node_modules"), [".md", ".json", ".yml"]),
];
if (stdlib.status !== 0) console.log("python3 not found: the Python standard library is left out");

// The corpus: each file in a folder of its own (names kept: `package.json`, `README.md`), a config
// for ESLint and one for secretlint at the top.
const corpus = mkdtempSync(join(tmpdir(), "dbcfg-all-files-bench-"));
let bytes = 0;
let count = 0;
for (const source of sources) {
  const size = statSync(source).size;
  if (bytes + size > maxMb * 1e6) break;
  const folder = join(corpus, "f", String(count).padStart(5, "0"));
  mkdirSync(folder, { recursive: true });
  copyFileSync(source, join(folder, basename(source)));
  bytes += size;
  count++;
}
const plugin = pathToFileURL(join(root, "packages/eslint-plugin/dist/index.js")).href;
writeFileSync(join(corpus, "eslint.config.mjs"), `import plugin from ${JSON.stringify(plugin)};\nexport default [...plugin.configs["all-files"]];\n`);
writeFileSync(join(corpus, ".secretlintrc.json"), JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
const mb = bytes / 1e6;

const eslintBin = join(dirname(require.resolve("eslint/package.json")), "bin", "eslint.js");
const secretlintBin = join(dirname(require.resolve("secretlint/package.json")), "bin", "secretlint.js");
const detectSecrets = spawnSync("python3", ["-c", "import detect_secrets"], { encoding: "utf8" }).status === 0;

const tools = {
  "eslint all-files": {
    args: [process.execPath, eslintBin, "--format", "json", "--output-file", join(corpus, "eslint.json"), "f"],
    findings() {
      const results = JSON.parse(readFileSync(join(corpus, "eslint.json"), "utf8"));
      const messages = results.flatMap((r) => r.messages);
      // Only our rule's reports are secret findings; ESLint's own problems with third-party files
      // (parse errors, inline `eslint-disable` comments naming rules this config lacks) are not.
      const oursList = results.flatMap((r) =>
        r.messages.filter((m) => m.ruleId?.startsWith("@dbcfg/")).map((m) => `${r.filePath}:${m.line}:${m.column} ${m.messageId}`),
      );
      if (process.env.BENCH_LIST_FINDINGS) for (const line of oursList) console.log(`    ${line}`);
      const ours = oursList.length;
      const other = messages.length - ours;
      return {
        count: ours,
        detail: other ? `(${other} ESLint problems with the files themselves not counted: parse errors, unknown rules in inline comments)` : "",
      };
    },
  },
  "secretlint recommended": {
    args: [
      process.execPath,
      secretlintBin,
      "f/**/*",
      "--format",
      "json",
      "--output",
      join(corpus, "secretlint.json"),
      "--secretlintrc",
      join(corpus, ".secretlintrc.json"),
    ],
    findings() {
      const results = JSON.parse(readFileSync(join(corpus, "secretlint.json"), "utf8"));
      const byRule = {};
      for (const message of results.flatMap((r) => r.messages)) byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
      return { count: Object.values(byRule).reduce((a, b) => a + b, 0), detail: JSON.stringify(byRule) };
    },
  },
};
if (detectSecrets) {
  tools["detect-secrets scan"] = {
    args: ["python3", "-m", "detect_secrets", "scan", "--all-files", "f"],
    findings(stdout) {
      const report = JSON.parse(stdout);
      return { count: Object.values(report.results).reduce((n, list) => n + list.length, 0), detail: "" };
    },
  };
} else {
  console.log("detect-secrets: skipped (python3 cannot import detect_secrets; PyPI is unreachable here, so `pip install detect-secrets` cannot add it)");
}

const quote = (arg) => `'${arg.replaceAll("'", "'\\''")}'`;
/** Runs a tool under bash, whose `times` then gives its processes' CPU time; wall time around it. */
function runTool(tool) {
  const out = join(corpus, "stdout.txt");
  const script = `${tool.args.map(quote).join(" ")} > ${quote(out)}; status=$?; times >&2; exit $status`;
  const start = performance.now();
  const run = spawnSync("bash", ["-c", script], { cwd: corpus, encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = performance.now() - start;
  const lines = run.stderr.trim().split("\n");
  const children = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(lines[lines.length - 1] ?? "");
  const cpu = children ? (Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4])) * 1000 : NaN;
  return { status: run.status, stderr: run.stderr, stdout: readFileSync(out, "utf8"), wall, cpu };
}

const times = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
const cpuTimes = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
const findings = {};
for (let round = 0; round < rounds; round++) {
  for (const [name, tool] of Object.entries(tools)) {
    const run = runTool(tool);
    times[name].push(run.wall);
    cpuTimes[name].push(run.cpu);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${name} failed (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
    findings[name] = tool.findings(run.stdout);
  }
}

console.log(
  `${count} files, ${mb.toFixed(1)} MB (Python standard library .py; node_modules .md/.json/.yml), ${rounds} interleaved rounds, whole processes, median wall time`,
);
for (const name of Object.keys(tools)) {
  const ms = median(times[name]);
  const cpu = median(cpuTimes[name]);
  console.log(
    `  ${name.padEnd(24)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s   CPU ${(cpu / 1000).toFixed(2).padStart(7)} s  ${(mb / (cpu / 1000)).toFixed(1).padStart(6)} MB/s   findings: ${findings[name].count} ${findings[name].detail}`,
  );
}
const ours = median(cpuTimes["eslint all-files"]);
const theirs = median(cpuTimes["secretlint recommended"]);
console.log(
  `  goal all-files no slower than secretlint (CPU): ${ours <= theirs ? "met" : "NOT met"} (${(ours / theirs).toFixed(2)}×); goal zero findings: ${findings["eslint all-files"].count === 0 ? "met" : "NOT met"}`,
);
rmSync(corpus, { recursive: true, force: true });
