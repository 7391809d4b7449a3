import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.js";
import { createTokenClient } from "./create-token-client.js";
import { fakePat } from "@dbcfg/pat/testing";

/** A body that never ends, like a server streaming /dev/zero. */
function endlessBody(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x30);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

describe("response bodies are read up to a cap", () => {
  it("stops an endless body with a clear error naming the cap", async () => {
    const fetch = (() => Promise.resolve(new Response(endlessBody(), { headers: { "content-type": "application/json" } }))) as typeof globalThis.fetch;
    const client = createTokenClient({ host: "http://127.0.0.1:9", token: fakePat(), fetch, retry: { maxAttempts: 1 } });
    const error: unknown = await client.tokens.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ errorCode: "RESPONSE_TOO_LARGE", classification: "invalidResponse" });
    expect((error as Error).message).toMatch(/16777216 byte cap/);
  });

  it("refuses a declared Content-Length past the cap without reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1))) });
    const fetch = (() => Promise.resolve(new Response(body, { headers: { "content-length": String(64 * 1024 * 1024) } }))) as typeof globalThis.fetch;
    const client = createTokenClient({ host: "http://127.0.0.1:9", token: fakePat(), fetch, retry: { maxAttempts: 1 } });
    await expect(client.tokens.list()).rejects.toMatchObject({ errorCode: "RESPONSE_TOO_LARGE" });
    expect(pulled).toBeLessThanOrEqual(1);
  });
});
