import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CliContext } from "../../context.js";

/** What a probe found: a version, a tool that is absent, or one that did not answer in time. */
export type Probe = { version: string; detail: string } | { absent: string } | { failed: string };

/**
 * Runs `command args` with the CLI's environment, a timeout and the check's abort signal, and
 * returns its stdout; never a shell, so nothing in the environment is interpreted.
 */
async function run(
  cli: CliContext,
  command: string,
  args: string[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ stdout: string } | { error: { code?: string | number | null | undefined; killed?: boolean | undefined; message: string } }> {
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...cli.env } as NodeJS.ProcessEnv, cwd: cli.cwd, timeout: timeoutMs, signal, windowsHide: true, maxBuffer: 64 * 1024 },
      (error, stdout) => {
        resolve(error ? { error } : { stdout: String(stdout) });
      },
    );
  });
}

/** `databricks --version` → "Databricks CLI v0.299.2"; the legacy Python CLI prints "Version 0.18.0". */
export async function probeDatabricksCli(cli: CliContext, timeoutMs: number, signal: AbortSignal): Promise<Probe> {
  const result = await run(cli, "databricks", ["--version"], timeoutMs, signal);
  if ("error" in result)
    return result.error.code === "ENOENT"
      ? { absent: "databricks is not on PATH" }
      : { failed: `databricks --version did not answer (${result.error.killed ? `no answer within ${timeoutMs} ms` : result.error.message.split("\n")[0]})` };
  const modern = /Databricks CLI v?(\d+\.\d+\.\d+)/i.exec(result.stdout);
  if (modern) return { version: modern[1]!, detail: "Databricks CLI" };
  const legacy = /Version\s+(\d+\.\d+\.\d+)/i.exec(result.stdout);
  if (legacy) return { version: legacy[1]!, detail: "legacy databricks-cli (Python)" };
  return { failed: `databricks --version printed nothing recognisable` };
}

/** The Python SDK's version, exactly as the issue's probe asks for it. */
export async function probePythonSdk(cli: CliContext, timeoutMs: number, signal: AbortSignal): Promise<Probe> {
  const result = await run(cli, "python3", ["-c", "import databricks.sdk; print(databricks.sdk.version.__version__)"], timeoutMs, signal);
  if ("error" in result) {
    if (result.error.code === "ENOENT") return { absent: "python3 is not on PATH" };
    if (result.error.killed) return { failed: `python3 did not answer within ${timeoutMs} ms` };
    return { absent: "the Python SDK (databricks-sdk) is not installed for python3" };
  }
  const version = /(\d+\.\d+\.\d+)/.exec(result.stdout);
  return version ? { version: version[1]!, detail: "databricks-sdk (python3)" } : { failed: "python3 printed no version" };
}

/** The JS SDK (`@databricks/sdk-experimental`) in the nearest `node_modules` at or above the current folder. */
export async function probeJsSdk(cwd: string): Promise<Probe> {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", "@databricks", "sdk-experimental", "package.json");
    try {
      const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version?: unknown };
      if (typeof version === "string") return { version, detail: `@databricks/sdk-experimental in ${dirname(dirname(dirname(manifest)))}` };
    } catch {
      // not installed here; keep walking up
    }
    if (dirname(dir) === dir) return { absent: "no @databricks/sdk-experimental in node_modules of this project" };
  }
}
