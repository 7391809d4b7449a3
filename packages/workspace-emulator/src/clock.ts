/** The emulator's notion of time: drives expiry, `last_used_day` and 90-day auto-revocation. */
export interface EmulatorClock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds (tests jump days ahead without waiting). */
  advance(ms: number): void;
}

/** Creates a clock reading `base()` (default `Date.now`) plus every `advance` made so far. */
export function createClock(base: () => number = Date.now): EmulatorClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`clock.advance(ms) needs a finite, non-negative number of milliseconds, got ${String(ms)}`);
      }
      offset += ms;
    },
  };
}
