import { spawn, type ChildProcess } from "node:child_process";
import { GitCommandError } from "./git-process.js";
import { openReusedBufferPipe } from "./reused-buffer-pipe.js";

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
 * `<id> missing\n`. Requests are pipelined; answers arrive in request order. git's output is read
 * into one reused buffer ({@link openReusedBufferPipe}; a plain pipe when that cannot be made): an
 * object that arrives in one read is handed out as a view of it, one split across reads is put
 * together in a buffer of its own, reused from object to object. Nothing is allocated per blob.
 */
export class CatFileBatch {
  private child: ChildProcess | undefined;
  private readonly queue: Pending[] = [];
  private header = Buffer.alloc(0);
  private stderr = "";
  private failure: Error | undefined;
  /** Requests made in one go (the ids of one chunk of `git log`) reach git in one write. */
  private unsent = "";
  private ending = false;
  /** Whether chunks of git's output are views of a buffer the next read overwrites. */
  private transientChunks = false;
  /** Set once git has exited (its code) and once its output has ended: answers may still be read after the exit. */
  private exitCode: number | null | undefined;
  private outputEnded = false;
  /** Holds the object being received across chunks (its content plus git's trailing newline): `filled` of its `size + 1` bytes. */
  private assembly = Buffer.alloc(0);
  private assembling: number | undefined;
  private filled = 0;

  /** `openPipe` makes git's stdout (a plain pipe when it fails). */
  constructor(repoDir: string, openPipe: typeof openReusedBufferPipe = openReusedBufferPipe) {
    void this.start(repoDir, openPipe);
  }

  private async start(repoDir: string, openPipe: typeof openReusedBufferPipe): Promise<void> {
    const pipe = await openPipe(
      (chunk) => this.onData(chunk),
      () => this.onOutputEnd(),
    ).catch(() => undefined);
    const args = ["cat-file", "--batch"];
    const child = spawn("git", args, { cwd: repoDir, stdio: ["pipe", pipe?.childEnd ?? "pipe", "pipe"] });
    pipe?.childEnd.destroy();
    this.child = child;
    this.transientChunks = pipe !== undefined;
    if (!pipe) {
      child.stdout!.on("data", (chunk: Buffer) => this.onData(chunk));
      this.outputEnded = true;
    }
    child.stderr!.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    child.on("error", (error) => {
      pipe?.reader.destroy();
      this.fail(new GitCommandError(args, error.message));
    });
    child.on("close", (code) => {
      this.exitCode = code;
      this.onExitAndEnd();
    });
    child.stdin!.on("error", () => undefined);
    this.send();
    if (this.ending) child.stdin!.end();
  }

  private onOutputEnd(): void {
    this.outputEnded = true;
    this.onExitAndEnd();
  }

  private onExitAndEnd(): void {
    if (this.exitCode === undefined || !this.outputEnded) return;
    this.fail(new GitCommandError(["cat-file", "--batch"], this.stderr || `exited with ${this.exitCode} before answering`));
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
    this.ending = true;
    this.child?.stdin!.end();
  }

  private send(): void {
    const stdin = this.child?.stdin;
    if (this.unsent === "" || !stdin || stdin.writableEnded) return;
    stdin.write(this.unsent);
    this.unsent = "";
  }

  private fail(error: Error): void {
    if (this.queue.length === 0 && !this.failure && this.ending) return;
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
        this.queue.shift()?.deliver(content, this.transientChunks);
        continue;
      }
      if (this.assembly.length < size + 1) this.assembly = Buffer.allocUnsafe(Math.max(size + 1, 2 * this.assembly.length));
      this.assembling = size + 1;
      this.filled = 0;
    }
  }
}
