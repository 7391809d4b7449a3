import { editDistance } from "@dbcfg/config-file";

/** The candidate closest to `name` (case-insensitive match first, then edit distance ≤ 2), for "did you mean". */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates].filter((c) => c !== name);
  const caseMatch = list.find((c) => c.toLowerCase() === name.toLowerCase());
  if (caseMatch) return caseMatch;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of list) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), 2);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/**
 * The flag an unknown `--name` was probably meant to be: the only flag that starts with it
 * (`--lifetime` → `lifetime-seconds`), else the nearest by name.
 */
export function nearestFlag(name: string, flags: readonly string[]): string | undefined {
  const extending = flags.filter((flag) => flag.startsWith(name));
  return extending.length === 1 ? extending[0] : nearestName(name, flags);
}
