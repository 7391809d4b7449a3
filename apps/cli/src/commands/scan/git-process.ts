import { spawn } from "node:child_process";
import { CliError } from "../../cli/cli-error.js";

/** A git command that failed: its arguments and what git wrote to stderr (git never echoes blob content there). */
export class GitCommandError extends CliError {
  constructor(args: readonly string[], detail: string) {
    super("git-failed", `git ${args.join(" ")} failed: ${detail.trim() || "no message"}`);
  }
}

/** Runs `git <args>` in `cwd` and resolves to its stdout as bytes; rejects with {@link GitCommandError}. */
export async function runGit(cwd: string, args: readonly string[]): Promise<Buffer> {
  const out: Buffer[] = [];
  await streamGit(cwd, args, (chunk) => out.push(chunk));
  return Buffer.concat(out);
}

/**
 * Runs `git <args>` in `cwd`, handing each chunk of its stdout to `onChunk` as it arrives;
 * resolves once git exits with 0, rejects with {@link GitCommandError} (also when `onChunk` throws: git is then stopped).
 */
export function streamGit(cwd: string, args: readonly string[], onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    let consumerError: string | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      if (consumerError !== undefined) return;
      try {
        onChunk(chunk);
      } catch (error) {
        consumerError = `reading its output: ${error instanceof Error ? error.message : String(error)}`;
        child.kill();
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    child.on("error", (error) => reject(new GitCommandError(args, error.message)));
    child.on("close", (code) => {
      if (consumerError !== undefined) reject(new GitCommandError(args, consumerError));
      else if (code === 0) resolve();
      else reject(new GitCommandError(args, err || `exit ${code}`));
    });
  });
}

/** The top of the work tree that holds `dir`, or undefined when `dir` is not inside a git repository. */
export async function findWorkTreeRoot(dir: string): Promise<string | undefined> {
  try {
    return (await runGit(dir, ["rev-parse", "--show-toplevel"])).toString("utf8").trim();
  } catch {
    return undefined;
  }
}

/** Splits NUL-terminated git output (`-z`) into its records. */
export function splitNul(output: Buffer): string[] {
  const text = output.toString("utf8");
  const records = text.split("\0");
  if (records[records.length - 1] === "") records.pop();
  return records;
}
