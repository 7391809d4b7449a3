// Shared timing helpers for the benchmarks (not a benchmark itself: run.mjs only runs *.bench.mjs).

/** The middle value of `values` (the upper middle for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * Median wall time in ms of `runs` calls of a synchronous `fn`, after one warm-up call, with a GC
 * before each run when node runs with --expose-gc (bench/run.mjs passes it). The last result of
 * `fn` comes back too, so a benchmark can print what was computed.
 */
export function medianTime(fn, runs = 7) {
  let result = fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

let unreadTexts = 0;
/**
 * `text` with a last comment line no earlier call gave: `@dbcfg/config-file` keeps recent readings
 * by text, so a benchmark that reads the same text again would time that cache, not the reading a
 * new process makes. The result is a flat string (made before any timing starts).
 */
export function unreadText(text) {
  return Buffer.from(`${text}\n; unread ${unreadTexts++} ${Math.random()}\n`).toString();
}
