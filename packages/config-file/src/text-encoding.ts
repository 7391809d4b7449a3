import type { TextEncoding } from "./config-document.js";

/** An unpaired UTF-16 surrogate: a JS string can hold one, UTF-8 cannot. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Bytes → text that encodes back to the same bytes: UTF-8 when valid, else latin1 (one char per byte). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: "utf8" };
  } catch {
    return { text: Buffer.from(bytes).toString("latin1"), encoding: "latin1" };
  }
}

/**
 * Text → bytes in the document's encoding; undefined when the bytes would not say exactly the
 * text (a character outside latin1, or an unpaired surrogate that UTF-8 would turn into U+FFFD).
 */
export function encodeText(text: string, encoding: TextEncoding): Buffer | undefined {
  if (encoding === "latin1") {
    // eslint-disable-next-line no-control-regex -- the test is exactly "outside latin1"
    return /[^\u0000-\u00ff]/.test(text) ? undefined : Buffer.from(text, "latin1");
  }
  return LONE_SURROGATE.test(text) ? undefined : Buffer.from(text, "utf8");
}
