/** Milliseconds in `days` days of 24 hours: handbook waits ("1 week", "30 days") are elapsed time. */
export function daysToMs(days: number): number {
  return days * 86_400_000;
}
