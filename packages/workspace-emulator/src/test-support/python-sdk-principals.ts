// Runs the official Databricks Python SDK (`python-sdk-principals.py`) against an emulator as a
// service principal. The SDK is taken from the Python path, or from a source checkout named by
// DBCFG_PYTHON_SDK_SRC (the folder holding `databricks/sdk`), as in @dbcfg/unified-auth's tests.
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Environment variable naming a source checkout of databricks-sdk-py. */
export const PYTHON_SDK_SRC_ENV = "DBCFG_PYTHON_SDK_SRC";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "python-sdk-principals.py");

/** Only what Python needs: no DATABRICKS_* / ARM_* variable of this machine reaches the SDK. */
function pythonEnv(home: string): Record<string, string> {
  const src = process.env[PYTHON_SDK_SRC_ENV];
  const pythonPath = [src, process.env.PYTHONPATH].filter((part): part is string => Boolean(part)).join(":");
  return { HOME: home, PATH: process.env.PATH ?? "", ...(pythonPath === "" ? {} : { PYTHONPATH: pythonPath }) };
}

/** Why the Python SDK cannot run here (`undefined` when it can). */
export function pythonSdkMissing(): string | undefined {
  const probe = spawnSync("python3", ["-c", "import sys; assert sys.version_info >= (3, 8); import requests, databricks.sdk.environments"], {
    env: { ...process.env, ...pythonEnv(process.env.HOME ?? "/") },
    encoding: "utf8",
  });
  if (probe.error) return "needs python3 on PATH";
  if (probe.status === 0) return undefined;
  const reason = probe.stderr.trim().split("\n").at(-1) ?? "import failed";
  return `needs the databricks-sdk Python package importable (or ${PYTHON_SDK_SRC_ENV}=<checkout of github.com/databricks/databricks-sdk-py>): ${reason}`;
}

/** What one flow did: the round trip's findings, or the SDK's error text. */
export interface PythonFlow {
  flow: "oauth-m2m" | "azure-client-secret";
  result?: { userName: string; created: string; listed: string[]; listedAfterDelete: string[]; clusters: string[]; authType: string };
  error?: string;
}

/** Input of the script: where the workspace and the Entra authority are, and the principal's credentials. */
export interface PythonSdkSpec {
  host: string;
  authority: string;
  tenant: string;
  clientId: string;
  clientSecret: string;
}

/** Runs both flows in one `python3` process (asynchronously: the emulator answers from this process). */
export async function runPythonSdkPrincipals(spec: PythonSdkSpec, home: string): Promise<{ version: string; flows: PythonFlow[]; stderr: string }> {
  const child = spawn("python3", [SCRIPT], { env: pythonEnv(home), stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.end(JSON.stringify(spec));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`python-sdk-principals.py exited with ${String(code)}: ${stderr.trim()}`);
  const [first, ...flows] = stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PythonFlow & { version?: string });
  return { version: first?.version ?? "unknown", flows, stderr };
}
