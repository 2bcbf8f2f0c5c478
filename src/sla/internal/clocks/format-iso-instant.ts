const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, "0"));
const HOURS_MINUTES = Array.from({ length: 1440 }, (_, n) => `${TWO_DIGITS[Math.floor(n / 60)] as string}:${TWO_DIGITS[n % 60] as string}`);
/** "HH:MM:00.000Z" per minute of the day: an instant on a whole minute is then one concatenation. */
const WHOLE_MINUTES = HOURS_MINUTES.map((hoursMinutes) => `${hoursMinutes}:00.000Z`);
const MS_PER_DAY = 86_400_000;

/**
 * `new Date(ms).toISOString()` for the years 1000–9999, several times faster: a report formats
 * dozens of instants, and `toISOString` dominated the cost of an evaluation. Days to a civil date
 * follow Howard Hinnant's `civil_from_days`.
 */
export function formatIsoInstant(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  // A ticket's instants fall on few days, an export's on a few hundred: the date parts of the
  // days met are kept, one per slot, enough slots for nearly three years without collisions.
  const slot = days & (DAY_SLOTS - 1);
  const date = dayOfSlot[slot] === days ? (dateOfSlot[slot] as string) : formatDay(days, slot);
  const minuteOfDay = Math.floor(rest / 60_000);
  rest -= minuteOfDay * 60_000;
  // Most instants in ticket data fall on a whole minute: the date with its "T" and the minute's
  // tail are both kept, so such an instant costs one concatenation (one string made, where a
  // template literal of five parts made several).
  if (rest === 0) return date + (WHOLE_MINUTES[minuteOfDay] as string);
  const seconds = Math.floor(rest / 1000);
  return `${date}${HOURS_MINUTES[minuteOfDay] as string}:${TWO_DIGITS[seconds] as string}.${THREE_DIGITS[rest - seconds * 1000] as string}Z`;
}

const DAY_SLOTS = 1024;
const dayOfSlot = new Float64Array(DAY_SLOTS).fill(Number.NaN);
const dateOfSlot = new Array<string>(DAY_SLOTS).fill("");

function formatDay(days: number, slot: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const date = `${year}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}T`;
  dayOfSlot[slot] = days;
  dateOfSlot[slot] = date;
  return date;
}
