const DAY_MS = 86_400_000;

/**
 * The calendar date `days` after `date` (`YYYY-MM-DD`). Done on a UTC midnight, where every day
 * has 24 hours, so no zone's daylight-saving change can shift it.
 */
export function addDaysToLocalDate(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}
