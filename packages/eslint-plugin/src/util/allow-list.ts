/**
 * Compiles the `allow` option: each entry is an exact token or a regular expression that must
 * match a whole token. A malformed pattern fails loudly, naming the entry, instead of silently
 * allowing nothing (or everything).
 */
export function compileAllowList(entries: readonly string[], ruleId: string): (token: string) => boolean {
  if (entries.length === 0) return () => false;
  const exact = new Set(entries);
  const patterns = entries.map((entry, index) => {
    try {
      return new RegExp(`^(?:${entry})$`, "u");
    } catch (error) {
      throw new Error(`${ruleId}: option "allow"[${index}] is not a valid regular expression: ${(error as Error).message}`, { cause: error });
    }
  });
  return (token) => exact.has(token) || patterns.some((pattern) => pattern.test(token));
}
