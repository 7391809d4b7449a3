import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { packageDir } from "./fixtures.js";

export interface ChildResult {
  ok: boolean;
  code?: string;
  message?: string;
}

/** Bundles save-child.ts into one plain .mjs file so that each child starts in milliseconds. */
export async function bundleSaveChild(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "dbcfg-child-"));
  chmodSync(dir, 0o755);
  const outfile = join(dir, "save-child.mjs");
  await build({
    entryPoints: [join(packageDir, "src", "test-support", "save-child.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    alias: { "@dbcfg/pat": join(packageDir, "..", "pat", "src", "index.ts") },
    logLevel: "silent",
  });
  chmodSync(outfile, 0o644);
  return outfile;
}

export interface ChildOptions {
  /** Run as this user and group (the tests use nobody, 65534, when they run as root). */
  asUser?: number;
}

export function startChild(script: string, job: object, options: ChildOptions = {}): ChildProcess {
  return spawn(process.execPath, [script, JSON.stringify(job)], {
    stdio: ["ignore", "pipe", "pipe"],
    cwd: packageDir,
    ...(options.asUser !== undefined ? { uid: options.asUser, gid: options.asUser } : {}),
  });
}

/** Runs a child to the end and returns the JSON line it printed last. */
export function runChild(script: string, job: object, options: ChildOptions = {}): Promise<ChildResult> {
  const child = startChild(script, job, options);
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", () => {
      const last = out.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(last) as ChildResult);
      } catch {
        reject(new Error(`child printed no result: ${out} ${err}`));
      }
    });
  });
}

/** The uid to run permission tests as: nobody when we are root (root ignores file modes), else ourselves. */
export function unprivilegedUser(): number | undefined {
  return process.getuid?.() === 0 ? 65534 : undefined;
}
