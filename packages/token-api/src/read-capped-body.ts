import { ApiError } from "./api-error.js";

/**
 * Largest response body read: 16 MiB. The biggest real answers (600 tokens in a list, a SCIM user
 * with its groups) are a few hundred KB; a body past this is a broken or hostile server, and
 * reading it whole would exhaust memory long before the timeout fires.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The body as text, or an `invalidResponse` error as soon as it passes `maxBytes`. */
export async function readCappedBody(response: Response, request: { method: string; path: string }, maxBytes = MAX_RESPONSE_BYTES): Promise<string> {
  const tooLarge = (): ApiError =>
    new ApiError({
      method: request.method,
      path: request.path,
      status: response.status,
      classification: "invalidResponse",
      errorCode: "RESPONSE_TOO_LARGE",
      message: `the response body is larger than the ${maxBytes} byte cap (${maxBytes / 1024 / 1024} MiB) for one API answer; the server is not behaving as a Databricks workspace`,
    });
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
