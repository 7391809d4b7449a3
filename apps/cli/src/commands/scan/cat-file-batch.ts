import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { GitCommandError } from "./git-process.js";

interface Pending {
  id: string;
  resolve(content: Buffer | undefined): void;
  reject(error: Error): void;
}

/**
 * One long-lived `git cat-file --batch` process (https://git-scm.com/docs/git-cat-file): each
 * request is a line with an object id, each answer `<oid> <type> <size>\n<content>\n`, or
 * `<id> missing\n`. Requests are pipelined; answers arrive in request order.
 */
export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private header = Buffer.alloc(0);
  private stderr = "";
  private failure: Error | undefined;

  constructor(repoDir: string) {
    this.child = spawn("git", ["cat-file", "--batch"], { cwd: repoDir, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    this.child.on("error", (error) => this.fail(new GitCommandError(["cat-file", "--batch"], error.message)));
    this.child.on("close", (code) => this.fail(new GitCommandError(["cat-file", "--batch"], this.stderr || `exited with ${code} before answering`)));
    this.child.stdin.on("error", () => undefined);
  }

  /** The content of object `id`, or undefined when the repository does not have it. */
  read(id: string): Promise<Buffer | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id, resolve, reject });
      if (this.unsent === "") queueMicrotask(() => this.send());
      this.unsent += id + "\n";
    });
  }

  /** Sends the requests still unsent and ends the input: git answers them, then exits. */
  close(): void {
    this.send();
    this.child.stdin.end();
  }

  /** Requests made in one go (the ids of one chunk of `git log`) reach git in one write. */
  private unsent = "";

  private send(): void {
    if (this.unsent === "" || this.child.stdin.writableEnded) return;
    this.child.stdin.write(this.unsent);
    this.unsent = "";
  }

  private fail(error: Error): void {
    if (this.queue.length === 0 && !this.failure && this.child.stdin.writableEnded) return;
    this.failure ??= error;
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
  }

  /** Bytes of the object being received (its content plus git's trailing newline), and how many have arrived. */
  private body: Buffer | undefined;
  private filled = 0;

  private onData(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0) {
      if (this.body) {
        const take = Math.min(rest.length, this.body.length - this.filled);
        rest.copy(this.body, this.filled, 0, take);
        this.filled += take;
        rest = rest.subarray(take);
        if (this.filled === this.body.length) {
          const content = this.body.subarray(0, this.body.length - 1);
          this.body = undefined;
          this.queue.shift()?.resolve(content);
        }
        continue;
      }
      const newline = rest.indexOf(10);
      if (newline < 0) {
        this.header = Buffer.concat([this.header, rest]);
        return;
      }
      const header = Buffer.concat([this.header, rest.subarray(0, newline)]).toString("utf8");
      this.header = Buffer.alloc(0);
      rest = rest.subarray(newline + 1);
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        this.queue.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(" ") + 1));
      if (!Number.isSafeInteger(size) || size < 0) {
        this.fail(new GitCommandError(["cat-file", "--batch"], `unexpected answer "${header.slice(0, 80)}"`));
        return;
      }
      if (rest.length > size) {
        // The whole object (and git's newline after it) is in this chunk: hand out a view, not a copy.
        const content = rest.subarray(0, size);
        rest = rest.subarray(size + 1);
        this.queue.shift()?.resolve(content);
        continue;
      }
      this.body = Buffer.allocUnsafe(size + 1);
      this.filled = 0;
    }
  }
}
