const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Formats a duration in milliseconds for a table, to the minute, truncated toward zero so a
 * remaining time is never shown as longer than it is: `45m`, `3h 05m`, `2d 4h` (from 48 hours
 * on, where minutes stop mattering), with a leading `-` when negative (an overrun).
 *
 * @param ms - the duration in milliseconds, negative for an overrun
 * @returns the text
 *
 * @example
 * ```ts
 * formatDuration(11_100_000); // => "3h 05m"
 * formatDuration(-1_800_000); // => "-30m"
 * formatDuration(187_200_000); // => "2d 4h"
 * ```
 */
export function formatDuration(ms: number): string {
  // Stryker disable next-line EqualityOperator: a zero duration is "0m" either way, as under a minute no sign is shown
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(ms);
  if (abs >= 2 * DAY) return `${sign}${Math.floor(abs / DAY)}d ${Math.floor((abs % DAY) / HOUR)}h`;
  const hours = Math.floor(abs / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (hours === 0) return `${minutes === 0 ? "" : sign}${minutes}m`;
  return `${sign}${hours}h ${String(minutes).padStart(2, "0")}m`;
}
