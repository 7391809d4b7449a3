/**
 * Placeholder rule E1: a 32-character body that is periodic with a period of at most 16, or that
 * uses fewer than 6 distinct characters, is an obvious placeholder (`dapi000…0`,
 * `dapi0123456789abcdef…`, `deadbeef`×4), not a secret. A random body passes this test with
 * probability below 3·10⁻¹³.
 */
export const MAX_PLACEHOLDER_PERIOD = 16;
export const MIN_DISTINCT_CHARACTERS = 6;

export function isPlaceholderBody(body: string): boolean {
  if (!hasDistinctCharacters(body, MIN_DISTINCT_CHARACTERS)) return true;
  for (let period = 1; period <= MAX_PLACEHOLDER_PERIOD; period++) {
    if (hasPeriod(body, period)) return true;
  }
  return false;
}

function hasPeriod(body: string, period: number): boolean {
  for (let i = period; i < body.length; i++) {
    if (body.charCodeAt(i) !== body.charCodeAt(i - period)) return false;
  }
  return true;
}

/**
 * Whether `body` uses at least `wanted` different characters (code points). It stops as soon as it
 * has seen that many, which a random body does within its first few characters: this runs for
 * every candidate token, often before the code is warm.
 */
function hasDistinctCharacters(body: string, wanted: number): boolean {
  const seen: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const codePoint = body.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    if (seen.includes(codePoint)) continue;
    seen.push(codePoint);
    if (seen.length >= wanted) return true;
  }
  return false;
}
