import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** How much one read may take: a unix socket holds far less, so each read drains all there is. */
const READ_BUFFER_BYTES = 1 << 20;

/** A child's output stream that this process reads into one reused buffer. */
export interface ReusedBufferPipe {
  /** Give this to `spawn` as the child's stdout, then destroy it (the child holds its own copy). */
  childEnd: Socket;
  /** This process's end, read through `onChunk`. */
  reader: Socket;
}

/**
 * A connected socket pair for a child process's stdout whose bytes reach `onChunk` as views of one
 * buffer reused for every read (`onread`, https://nodejs.org/api/net.html#new-netsocketoptions):
 * a child's ordinary `stdout` allocates a new 64 KiB buffer per read, and for hundreds of
 * megabytes (a history's blobs) those fresh pages, their page faults and their garbage cost more
 * than parsing the bytes. A view is valid only until `onChunk` returns. `onEnd` runs once the child's
 * output has ended (or the socket failed). The pair is made by a one-connection server on a socket in a new
 * folder only this user can open (or a named pipe of a random name on Windows), closed once connected.
 */
export async function openReusedBufferPipe(onChunk: (chunk: Buffer) => void, onEnd: () => void): Promise<ReusedBufferPipe> {
  const folder = process.platform === "win32" ? undefined : mkdtempSync(join(tmpdir(), "dbcfg-pipe-"));
  const path = folder ? join(folder, "out.sock") : `\\\\.\\pipe\\dbcfg-${process.pid}-${randomUUID()}`;
  const server = createServer();
  let failed: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  failure.catch(() => undefined);
  server.on("error", failed);
  try {
    const accepted = new Promise<Socket>((resolve) => server.once("connection", resolve));
    await Promise.race([new Promise<void>((resolve) => server.listen(path, resolve)), failure]);
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    const callback = (bytes: number): boolean => {
      onChunk(buffer.subarray(0, bytes));
      return true;
    };
    const reader = connect({ path, onread: { buffer, callback } });
    reader.once("error", failed);
    const childEnd = await Promise.race([accepted, failure]);
    reader.off("error", failed);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      onEnd();
    };
    reader.on("end", end);
    reader.on("close", end);
    reader.on("error", end);
    return { childEnd, reader };
  } finally {
    server.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
