import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** `apps/cli/dist/bin.cjs`, the executable the e2e tests run (it starts the bundle `dist/dbcfg.cjs`). */
export const BUILT_BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "bin.cjs");

const BUILD_HINT = "build the CLI first: npx tsc -b apps/cli/tsconfig.build.json && node apps/cli/build.mjs";

/** `apps/cli/dist/dbcfg.cjs`, the bundle build.mjs makes. */
export const BUILT_BUNDLE = join(BUILT_BIN, "..", "dbcfg.cjs");

/** Fails with what to do when the CLI has not been built and bundled (e2e tests run the bundle). */
export function requireBuiltCli(): void {
  for (const file of [BUILT_BIN, BUILT_BUNDLE]) if (!existsSync(file)) throw new Error(`${file} is missing: ${BUILD_HINT}.`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `dbcfg` as a child process (asynchronously, so an in-process emulator keeps
 * answering) with exactly `env` (plus PATH), piping `stdin` if given, or connecting stdin to the
 * file `stdinFile` (e.g. `/dev/zero`). With `timeoutMs`, a child still running then is killed and
 * the run resolves with `timedOut: true` (a hang fails its test instead of stalling the suite).
 */
export function runBuiltCli(
  args: string[],
  options: { env: Record<string, string>; stdin?: string; stdinFile?: string; timeoutMs?: number; cwd?: string },
): Promise<CliRun & { timedOut?: boolean }> {
  return new Promise((resolve, reject) => {
    const stdinFd = options.stdinFile === undefined ? undefined : openSync(options.stdinFile, "r");
    const child = spawn(process.execPath, [BUILT_BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...options.env },
      stdio: [stdinFd ?? "pipe", "pipe", "pipe"],
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    });
    if (stdinFd !== undefined) closeSync(stdinFd);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), child.kill("SIGKILL")), options.timeoutMs);
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(timedOut ? { code, stdout, stderr, timedOut } : { code, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? "");
  });
}
