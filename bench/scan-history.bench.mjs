// `dbcfg scan --history` on a generated git history, beside the floor — reading every object once
// with `git cat-file --batch-all-objects --batch > /dev/null` — and TruffleHog 2
// (`trufflehog --regex --entropy=False file://…`, https://pypi.org/project/truffleHog/2.2.1/) when
// `trufflehog` is on PATH, all in one run. Goal: the scan within 2× of the floor.
// Without PyPI, TruffleHog 2 runs from source: the `v2` branch of
// https://github.com/trufflesecurity/truffleHog (the last TruffleHog 2 code; its setup.py says
// 2.1.13) with https://github.com/dxa4481/truffleHogRegexes (0.0.7) and GitPython in a venv, and a
// `trufflehog` launcher on PATH that runs `truffleHog.truffleHog.main()` with both on PYTHONPATH.
// It takes minutes on the default history (it diffs every commit in Python) and has no Databricks rule.
// The history is written with `git fast-import` (https://git-scm.com/docs/git-fast-import): by
// default 5,000 commits and ≥ 200 MB of blob content (SCAN_BENCH_COMMITS, SCAN_BENCH_MB to shrink
// it), a tenth of it JavaScript (linted by ESLint), the rest text, Python, YAML and JSON, with tokens
// planted and later removed every 500 commits. SCAN_BENCH_RUNS=n measures floor and scan n times,
// interleaved, and prints each ratio and their range (on a busy machine only ratios mean much);
// SCAN_BENCH_REPO=dir writes the history there and keeps it (reused when it already exists), for
// profiling the scan on it.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const COMMITS = Number(process.env.SCAN_BENCH_COMMITS ?? 5000);
const MEGABYTES = Number(process.env.SCAN_BENCH_MB ?? 200);
const RUNS = Number(process.env.SCAN_BENCH_RUNS ?? 1);
const KEPT_REPO = process.env.SCAN_BENCH_REPO;
const PATHS = 400;
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "apps", "cli", "dist", "bin.cjs");
if (!existsSync(bin)) {
  console.error(`scan bench: ${bin} is missing; build the CLI first (npm run build).`);
  process.exit(1);
}

/** Pseudo-random hex from a fixed pool (SHA-256 in counter mode, so the same history every run), read at a moving offset. */
const POOL = Array.from({ length: 1 << 14 }, (_, i) => createHash("sha256").update(String(i)).digest("hex")).join("");
let offset = 0;
const hex = (chars) => {
  if (offset + chars > POOL.length) offset = (offset * 7 + 13) % (POOL.length - chars);
  const out = POOL.slice(offset, offset + chars);
  offset += chars + 1;
  return out;
};
const fakeToken = () => "dapi" + hex(32);

const EXTENSIONS = [".txt", ".md", ".py", ".yaml", ".json", ".txt", ".md", ".py", ".yaml", ".js"];
function content(path, bytes, token) {
  const js = path.endsWith(".js");
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = js ? `export const value${i} = "${hex(48)}"; // ${hex(16)}` : `${hex(8)} = ${hex(56)}`;
    lines.push(line);
    size += line.length + 1;
  }
  if (token) lines.splice(lines.length >> 1, 0, js ? `const token = "${token}";` : `token = ${token}`);
  return lines.join("\n") + "\n";
}

async function generate(repo) {
  spawnSync("git", ["init", "-q", "-b", "main", repo]);
  const child = spawn("git", ["fast-import", "--quiet"], { cwd: repo, stdio: ["pipe", "inherit", "inherit"] });
  const done = new Promise((resolve, reject) => child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))));
  const write = (text) => (child.stdin.write(text) ? undefined : new Promise((resolve) => child.stdin.once("drain", resolve)));
  const perCommit = Math.ceil((MEGABYTES * 1e6) / COMMITS);
  let total = 0;
  let planted = 0;
  for (let i = 0; i < COMMITS; i++) {
    const path = `dir${i % 20}/file${i % PATHS}${EXTENSIONS[i % EXTENSIONS.length]}`;
    const token = i % 500 === 1 ? fakeToken() : undefined;
    if (token) planted++;
    const data = Buffer.from(content(path, perCommit, token));
    total += data.length;
    const when = 1_700_000_000 + i * 60;
    const message = `commit ${i}`;
    await write(
      `commit refs/heads/main\ncommitter Bench <bench@example.com> ${when} +0000\ndata ${message.length}\n${message}\n` +
        `M 100644 inline ${path}\ndata ${data.length}\n`,
    );
    await write(data);
    await write("\n");
  }
  child.stdin.end();
  await done;
  return { total, planted };
}

function time(command, args, options = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26, ...options });
  const ms = performance.now() - start;
  return { ms, status: result.status, stderr: String(result.stderr ?? "").slice(0, 300) };
}

const work = mkdtempSync(join(tmpdir(), "dbcfg-scan-bench-"));
try {
  const repo = KEPT_REPO ?? join(work, "repo");
  if (KEPT_REPO && existsSync(KEPT_REPO)) {
    console.log(`history: reusing ${KEPT_REPO}`);
  } else {
    const generated = performance.now();
    const { total, planted } = await generate(repo);
    console.log(
      `history: ${COMMITS} commits, ${(total / 1e6).toFixed(1)} MB of blob content, ${planted} tokens planted (generated in ${((performance.now() - generated) / 1000).toFixed(1)} s)${KEPT_REPO ? `, kept in ${repo}` : ""}`,
    );
  }
  const ratios = [];
  for (let run = 1; run <= RUNS; run++) {
    const floor = time("sh", ["-c", "git cat-file --batch-all-objects --batch > /dev/null"], { cwd: repo });
    const scan = time(process.execPath, [bin, "scan", "--history", repo, "--format", "json"], { env: { ...process.env, HOME: work } });
    ratios.push(scan.ms / floor.ms);
    const of = RUNS > 1 ? ` (run ${run} of ${RUNS})` : "";
    console.log(`floor (git cat-file --batch-all-objects --batch): ${(floor.ms / 1000).toFixed(2)} s${of}`);
    console.log(
      `dbcfg scan --history:                            ${(scan.ms / 1000).toFixed(2)} s (exit ${scan.status}), ${(scan.ms / floor.ms).toFixed(2)}× the floor (goal ≤ 2×)`,
    );
    if (scan.status !== 1) console.log(`  unexpected exit code (tokens are planted, so 1 is expected): ${scan.stderr}`);
  }
  if (RUNS > 1) console.log(`scan / floor over ${RUNS} runs: ${Math.min(...ratios).toFixed(2)}× – ${Math.max(...ratios).toFixed(2)}×`);
  const which = spawnSync("sh", ["-c", "command -v trufflehog"], { encoding: "utf8" });
  if (which.status === 0) {
    const truffle = time("trufflehog", ["--regex", "--entropy=False", `file://${repo}`]);
    console.log(`trufflehog 2 --regex --entropy=False:            ${(truffle.ms / 1000).toFixed(2)} s (exit ${truffle.status})`);
  } else {
    console.log(
      "trufflehog: not on PATH, skipped (pip install trufflehog==2.2.1, or without PyPI the v2 branch of github.com/trufflesecurity/truffleHog run from source: see the top of this file)",
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
