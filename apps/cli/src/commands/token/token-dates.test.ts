import { describe, expect, it } from "vitest";
import { formatExpiry, formatTime } from "./token-dates.js";

const NOW = Date.UTC(2026, 10, 28, 9, 30);

describe("token dates", () => {
  it("formats times in UTC to the minute", () => {
    expect(formatTime(NOW)).toBe("2026-11-28 09:30 UTC");
  });
  it.each([
    [-1, "never"],
    [NOW - 1, "2026-11-28 09:29 UTC (expired)"],
    [NOW + 3_600_000, "2026-11-28 10:30 UTC (within a day)"],
    [NOW + 86_400_000, "2026-11-29 09:30 UTC (in 1 day)"],
    [NOW + 90 * 86_400_000 - 60_000, "2027-02-26 09:29 UTC (in 90 days)"],
    [Number(9223372036854775807n), "never (far-future sentinel)"],
  ])("formatExpiry(%s)", (expiry, text) => {
    expect(formatExpiry(expiry, NOW)).toBe(text);
  });
});
