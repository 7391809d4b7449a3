/** Git's own test for binary content: a NUL byte among the first 8000 bytes (xdiff `buffer_is_binary`). */
const BINARY_PROBE_BYTES = 8000;

/** Above this size, or with a line longer than {@link MAX_LINT_LINE}, a file gets only the literal tier. */
export const MAX_LINT_BYTES = 1024 * 1024;
/** Minified and generated files have huge lines: parsing them costs much and finds nothing `findPats` misses. */
export const MAX_LINT_LINE = 20_000;

/** Whether a file or blob is binary by its content (whatever its name says). */
export function isBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/** Whether a text is small and regular enough to parse with ESLint (bounded work per file). */
export function isLintable(text: string): boolean {
  if (text.length > MAX_LINT_BYTES) return false;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const end = newline < 0 ? text.length : newline;
    if (end - lineStart > MAX_LINT_LINE) return false;
    if (newline < 0) return true;
    lineStart = newline + 1;
  }
}
