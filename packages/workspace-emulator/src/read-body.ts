import type { IncomingMessage } from "node:http";

/** Largest request body the emulator reads; the Token API bodies are a few hundred bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the whole request body as UTF-8; `undefined` if it exceeded {@link MAX_BODY_BYTES}. */
export async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString("utf8");
}
