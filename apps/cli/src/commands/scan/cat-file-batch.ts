import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { GitCommandError } from "./git-process.js";

/**
 * Receives one object's content, or undefined when the repository does not have it. `transient`
 * content is a view of a buffer that the next object overwrites: copy what outlives the call.
 */
export type ObjectReceiver<T> = (content: Buffer | undefined, transient: boolean) => T;

interface Pending {
  id: string;
  deliver(content: Buffer | undefined, transient: boolean): void;
  reject(error: Error): void;
}

/**
 * One long-lived `git cat-file --batch` process (https://git-scm.com/docs/git-cat-file): each
 * request is a line with an object id, each answer `<oid> <type> <size>\n<content>\n`, or
 * `<id> missing\n`. Requests are pipelined; answers arrive in request order. An object that
 * arrives in one chunk of git's output is handed out as a view of it; one split across chunks is
 * put together in one buffer, reused from object to object (no allocation per blob).
 */
export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private header = Buffer.alloc(0);
  private stderr = "";
  private failure: Error | undefined;
  /** Requests made in one go (the ids of one chunk of `git log`) reach git in one write. */
  private unsent = "";
  /** Holds the object being received across chunks (its content plus git's trailing newline): `filled` of its `size + 1` bytes. */
  private assembly = Buffer.alloc(0);
  private assembling: number | undefined;
  private filled = 0;

  constructor(repoDir: string) {
    this.child = spawn("git", ["cat-file", "--batch"], { cwd: repoDir, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    this.child.on("error", (error) => this.fail(new GitCommandError(["cat-file", "--batch"], error.message)));
    this.child.on("close", (code) => this.fail(new GitCommandError(["cat-file", "--batch"], this.stderr || `exited with ${code} before answering`)));
    this.child.stdin.on("error", () => undefined);
  }

  /** The content of object `id` (a buffer of its own), or undefined when the repository does not have it. */
  read(id: string): Promise<Buffer | undefined> {
    return this.receive(id, (content, transient) => (content && transient ? Buffer.from(content) : content));
  }

  /**
   * Hands object `id` to `receiver` as soon as it arrives, without copying it, and resolves to
   * what `receiver` returns (rejects with what it throws, or when git fails).
   */
  receive<T>(id: string, receiver: ObjectReceiver<T>): Promise<Awaited<T>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const deliver = (content: Buffer | undefined, transient: boolean) => {
        try {
          resolve(receiver(content, transient) as Awaited<T>);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      this.queue.push({ id, deliver, reject });
      if (this.unsent === "") queueMicrotask(() => this.send());
      this.unsent += id + "\n";
    });
  }

  /** Sends the requests still unsent and ends the input: git answers them, then exits. */
  close(): void {
    this.send();
    this.child.stdin.end();
  }

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

  private onData(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0) {
      if (this.assembling !== undefined) {
        const take = Math.min(rest.length, this.assembling - this.filled);
        rest.copy(this.assembly, this.filled, 0, take);
        this.filled += take;
        rest = rest.subarray(take);
        if (this.filled === this.assembling) {
          const content = this.assembly.subarray(0, this.assembling - 1);
          this.assembling = undefined;
          this.queue.shift()?.deliver(content, true);
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
        this.queue.shift()?.deliver(undefined, false);
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
        this.queue.shift()?.deliver(content, false);
        continue;
      }
      if (this.assembly.length < size + 1) this.assembly = Buffer.allocUnsafe(Math.max(size + 1, 2 * this.assembly.length));
      this.assembling = size + 1;
      this.filled = 0;
    }
  }
}
