import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";

/** Repository root: `--import tsx` resolves from here. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** A child Node process running a TypeScript entry through tsx. */
export interface SpawnedNode {
  child: ChildProcess;
  /** The first stdout line (rejects if the process exits before printing one). */
  firstLine: Promise<string>;
  /** Resolves with the exit code once the process ends; stdout/stderr collected so far. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Runs `entry` (a .ts file) with `args` under tsx, with exactly `env` (nothing inherited unless passed). */
export function spawnNode(entry: string, args: readonly string[], env: Record<string, string | undefined>): SpawnedNode {
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8");
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    void exited.then(({ code }) => reject(new Error(`process exited with ${String(code)} before printing a line: ${stderr}`)));
  });
  firstLine.catch(() => undefined); // callers that only await `exited` must not see an unhandled rejection
  lines.on("line", (line) => (stdout += `${line}\n`));
  return { child, firstLine, exited };
}
