// The official Databricks Python SDK (`databricks-sdk`) as a differential oracle: runs
// `python-sdk-oracle.py` once over a batch of cases. The SDK is taken from the Python path, or
// from a source checkout named by DBCFG_PYTHON_SDK_SRC (the folder holding `databricks/sdk`).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { OracleCase, OracleResult } from "./js-sdk-oracle.js";

/** Environment variable naming a source checkout of databricks-sdk-py. */
export const PYTHON_SDK_SRC_ENV = "DBCFG_PYTHON_SDK_SRC";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "python-sdk-oracle.py");

function pythonEnv(): NodeJS.ProcessEnv {
  const src = process.env[PYTHON_SDK_SRC_ENV];
  if (!src) return process.env;
  const pythonPath = [src, process.env.PYTHONPATH].filter(Boolean).join(":");
  return { ...process.env, PYTHONPATH: pythonPath };
}

/** Why the Python SDK oracle cannot run here (`undefined` when it can). */
export function pythonSdkMissing(): string | undefined {
  const probe = spawnSync("python3", ["-c", "import sys; assert sys.version_info >= (3, 8); import requests, databricks.sdk.core"], {
    env: pythonEnv(),
    encoding: "utf8",
  });
  if (probe.error) return "needs python3 on PATH";
  if (probe.status === 0) return undefined;
  const reason = probe.stderr.trim().split("\n").at(-1) ?? "import failed";
  return `needs the databricks-sdk Python package importable (pip install databricks-sdk, or ${PYTHON_SDK_SRC_ENV}=<checkout of github.com/databricks/databricks-sdk-py>): ${reason}`;
}

/** A case for the Python SDK: also the folder it runs in (relative paths are read from there). */
export interface PythonOracleCase extends OracleCase {
  cwd: string;
}

/** What `databricks.sdk.core.Config(**explicit)` yields for each case, and the SDK's version. */
export function runPythonSdk(cases: readonly PythonOracleCase[]): { version: string; results: OracleResult[] } {
  const input = cases.map((c) => JSON.stringify({ explicit: c.explicit, env: c.env, home: c.homeDir, cwd: c.cwd })).join("\n");
  const run = spawnSync("python3", [SCRIPT], { env: pythonEnv(), input, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python-sdk-oracle.py exited with ${run.status}: ${run.stderr.trim()}`);
  const [first, ...rest] = run.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OracleResult & { version?: string });
  if (rest.length !== cases.length) throw new Error(`python-sdk-oracle.py answered ${rest.length} of ${cases.length} cases: ${run.stderr.trim()}`);
  return { version: first?.version ?? "unknown", results: rest };
}
