const DAY_MS = 86_400_000;

/** The largest time a JavaScript Date holds; servers may send sentinels beyond it (Long.MAX_VALUE). */
const MAX_DATE_MS = 8.64e15;

/** `2026-11-28 09:30 UTC`: unambiguous in logs and across time zones. */
export function formatTime(epochMs: number): string {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_DATE_MS) return "far future";
  return new Date(epochMs).toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

/** `never`, `expired`, or the expiry time with the days left: `2027-02-26 09:30 UTC (in 90 days)`. */
export function formatExpiry(expiryMs: number, nowMs: number): string {
  if (expiryMs < 0) return "never";
  if (expiryMs <= nowMs) return `${formatTime(expiryMs)} (expired)`;
  if (expiryMs > MAX_DATE_MS) return "never (far-future sentinel)";
  const days = Math.round((expiryMs - nowMs) / DAY_MS);
  const left = days === 0 ? "within a day" : days === 1 ? "in 1 day" : `in ${days} days`;
  return `${formatTime(expiryMs)} (${left})`;
}

/** 90 days, the lifetime `rotate` and `create` use unless told otherwise. */
export const DEFAULT_LIFETIME_SECONDS = 90 * 86_400;
