/**
 * The `Usage:` lines of a command's help (with the lines that continue them), shown under a usage
 * error: the whole help of `token` runs to a hundred lines, which would bury the error above it.
 */
export function usageSynopsis(help: string): string {
  const kept: string[] = [];
  let inUsage = false;
  for (const line of help.split("\n")) {
    inUsage = line.startsWith("Usage: ") || (inUsage && /^\s+dbcfg /.test(line));
    if (inUsage) kept.push(line);
  }
  return kept.join("\n");
}
