import { fail } from "../shared/errors.js";
import type { CalendarSpec } from "./calendar-spec.js";
import type { Timeline } from "./internal/timeline.js";

const timelines = new WeakMap<BusinessCalendar, Timeline>();

/**
 * A validated business-hours calendar, made by {@link defineCalendar}. Immutable; pass it to
 * {@link isOpen}, {@link addBusinessTime} and the other calendar functions.
 * `JSON.stringify(calendar)` gives back its spec.
 *
 * @example
 * ```ts
 * const calendar = defineCalendar({ timeZone: "Europe/Berlin", weekly: { mon: [["09:00", "17:00"]] } });
 * calendar.timeZone; // => "Europe/Berlin"
 * ```
 */
export class BusinessCalendar {
  /** The IANA zone the hours are read in, in its canonical spelling. */
  readonly timeZone: string;
  /** The spec the calendar was defined from (a frozen copy). */
  readonly spec: Readonly<CalendarSpec>;

  /** Use {@link defineCalendar}; the constructor is not part of the public API. */
  protected constructor(spec: CalendarSpec, timeZone: string) {
    this.timeZone = timeZone;
    this.spec = spec;
    Object.freeze(this);
  }

  /** @internal */
  static create(spec: CalendarSpec, timeZone: string, timeline: Timeline): BusinessCalendar {
    const calendar = new BusinessCalendar(spec, timeZone);
    timelines.set(calendar, timeline);
    return calendar;
  }

  /** The spec, so a calendar serialises as the JSON it was defined from. */
  toJSON(): Readonly<CalendarSpec> {
    return this.spec;
  }
}

/** The engine behind a calendar, or the library's error when `value` is not one. */
export function timelineOf(value: unknown, path: readonly PropertyKey[] = ["calendar"]): Timeline {
  // Stryker disable next-line ConditionalExpression: the WeakMap answers undefined for anything it does not hold; the instanceof test only narrows the type
  let timeline: Timeline | undefined;
  try {
    timeline = value instanceof BusinessCalendar ? timelines.get(value) : undefined;
  } catch {
    // instanceof asks a proxy for its prototype, which may throw: such a value is no calendar.
    timeline = undefined;
  }
  if (timeline === undefined) {
    fail("not_a_calendar", path, "Expected a calendar made by defineCalendar(spec)");
  }
  return timeline;
}
