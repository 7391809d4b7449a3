import { spawn } from "node:child_process";
import { CliError } from "../../cli/cli-error.js";

/** A git command that failed: its arguments and what git wrote to stderr (git never echoes blob content there). */
export class GitCommandError extends CliError {
  constructor(args: readonly string[], detail: string) {
    super("git-failed", `git ${args.join(" ")} failed: ${detail.trim() || "no message"}`);
  }
}

/** Runs `git <args>` in `cwd` and resolves to its stdout as bytes; rejects with {@link GitCommandError}. */
export function runGit(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    child.on("error", (error) => reject(new GitCommandError(args, error.message)));
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new GitCommandError(args, err || `exit ${code}`))));
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
