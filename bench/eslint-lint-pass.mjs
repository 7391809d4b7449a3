// One sample of bench/eslint-plugin.bench.mjs, in a process of its own: lints ESLint's own lib/
// once to warm up, then once more measured (CPU time, user + system, so the garbage collector's
// helper threads count too), and prints the result as JSON. Not a benchmark by itself (run.mjs
// runs only *.bench.mjs files).
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { ESLint } from "eslint";
import { LINT_CONFIGS, LINT_BASE } from "./eslint-lint-configs.mjs";

const name = process.argv[2];
const config = LINT_CONFIGS[name];
if (!config) throw new Error(`unknown configuration ${JSON.stringify(name)}; one of ${Object.keys(LINT_CONFIGS).join(", ")}`);
const cwd = dirname(createRequire(import.meta.url).resolve("eslint/package.json"));

async function lintOnce() {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [LINT_BASE, ...config], allowInlineConfig: false, cache: false });
  globalThis.gc?.();
  const start = process.cpuUsage();
  const results = await eslint.lintFiles(["lib/**/*.js"]);
  const used = process.cpuUsage(start);
  const secretFindings = results.reduce((n, r) => n + r.messages.filter((m) => /^(@dbcfg|no-secrets)\//.test(m.ruleId ?? "")).length, 0);
  const leaked = results.some((r) => r.messages.some((m) => /dapi[0-9a-f]{32}/.test(m.message)));
  return { ms: (used.user + used.system) / 1000, files: results.length, secretFindings, leaked };
}

await lintOnce();
process.stdout.write(JSON.stringify(await lintOnce()));
