import { ATTRIBUTES, KNOWN_CONFIG_KEYS } from "./attributes.js";

const envToKey = new Map<string, string>(ATTRIBUTES.flatMap((a) => a.env.map((env) => [env.toLowerCase(), a.keys.go ?? a.keys.python ?? a.name] as const)));

/**
 * The known key an unknown one was probably meant to be: an env variable name used as a key
 * (`databricks_host` → `host`), a `databricks_` prefix, or a key within a small edit distance.
 */
export function suggestKey(key: string): string | undefined {
  const lower = key.toLowerCase().replace(/-/g, "_");
  if (KNOWN_CONFIG_KEYS.has(lower)) return lower;
  const fromEnv = envToKey.get(lower);
  if (fromEnv) return fromEnv;
  const unprefixed = lower.replace(/^databricks_/, "");
  if (KNOWN_CONFIG_KEYS.has(unprefixed)) return unprefixed;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(lower.length / 3)));
  for (const known of KNOWN_CONFIG_KEYS) {
    const distance = editDistance(lower, known, bestDistance);
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment), capped at `limit + 1`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
