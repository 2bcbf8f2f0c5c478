/**
 * The instant `months` calendar months after `instant`, counted on the UTC calendar and clamped
 * to the month's last day (Aug 31 + 6 months is Feb 28 or 29), with the time of day kept.
 * UTC getters only, so the host zone cannot change the answer.
 */
export function addCalendarMonths(instant: Date, months: number): Date {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(instant.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(year, month, day, instant.getUTCHours(), instant.getUTCMinutes(), instant.getUTCSeconds(), instant.getUTCMilliseconds()),
  );
}
