import type { Readable } from "node:stream";
import { CliError } from "../cli/cli-error.js";

/** Most bytes read from stdin: 64 KiB. A PAT is 36–38 bytes and the longest OAuth/Entra tokens a few KB. */
export const MAX_STDIN_BYTES = 64 * 1024;

/** Stdin held more than any token: reading stopped at the cap (e.g. `< /dev/zero`). */
export class StdinTooLargeError extends CliError {
  constructor(maxBytes: number) {
    super(
      "stdin-too-large",
      `stdin holds more than ${maxBytes} bytes (the ${maxBytes / 1024} KiB cap for a token); nothing was read further and nothing was saved. Pipe only the token.`,
    );
  }
}

/** All of `stream` as UTF-8, or `StdinTooLargeError` as soon as it passes `maxBytes` (the rest is never read). */
export async function readCappedStdin(stream: Readable, maxBytes = MAX_STDIN_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new StdinTooLargeError(maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
