import { fc, test } from "../support/property.js";
import { describe, expect } from "vitest";
import { SupportPolicyError } from "../../src/shared/errors.js";
import { addBusinessTime } from "../../src/sla/add-business-time.js";
import { businessTimeBetween } from "../../src/sla/business-time-between.js";
import type { CalendarSpec } from "../../src/sla/calendar-spec.js";
import { type BusinessCalendar } from "../../src/sla/business-calendar.js";
import { defineCalendar } from "../../src/sla/define-calendar.js";
import type { Duration } from "../../src/sla/duration.js";
import { globalSupportHours } from "../../src/sla/gitlab-calendars.js";
import { isOpen } from "../../src/sla/is-open.js";
import { nextClose } from "../../src/sla/next-close.js";
import { nextOpen } from "../../src/sla/next-open.js";
import { subtractBusinessTime } from "../../src/sla/subtract-business-time.js";
import { calendarSpec } from "./arbitraries.js";
import { runs } from "../support/runs.js";

/** Runs `call` and checks it either returns or throws the library's error, quickly. */
function survives(call: () => unknown): void {
  const started = performance.now();
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(SupportPolicyError);
    const { code, path, message } = error as SupportPolicyError;
    expect(typeof code).toBe("string");
    expect(Array.isArray(path)).toBe(true);
    expect(message.length).toBeGreaterThan(0);
  }
  // A bound on time, so a hostile input cannot hang a caller (not a speed target).
  expect(performance.now() - started).toBeLessThan(5_000);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
}

const hostileValue = fc.oneof(
  fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
);

const hostileDate = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Date(8.64e15)),
  fc.constant(new Date(-8.64e15)),
  fc.integer().map((n) => new Date(n)),
  hostileValue,
);

const hostileDuration = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 1e15, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.record({ hours: fc.double(), minutes: fc.double(), seconds: fc.double() }, { requiredKeys: [] }),
  hostileValue,
);

function cyclic(): unknown {
  const weekly: Record<string, unknown> = { mon: [["09:00", "17:00"]] };
  const spec: Record<string, unknown> = { timeZone: "UTC", weekly };
  weekly["self"] = spec;
  spec["holidays"] = [spec];
  return spec;
}

function deep(depth: number): unknown {
  let value: unknown = "09:00";
  for (let i = 0; i < depth; i++) value = [value];
  return { timeZone: "UTC", weekly: { mon: value } };
}

describe("hostile input to the calendar functions gives a result or the typed error, never anything else", () => {
  test.prop([fc.oneof(hostileValue, calendarSpec.map((s) => ({ ...s, extra: 1 })), fc.constant(cyclic()), fc.constant(deep(5_000)))], {
    numRuns: runs(300),
  })("defineCalendar", (spec) => {
    const snapshot = (() => {
      try {
        return structuredClone(spec);
      } catch {
        return undefined;
      }
    })();
    survives(() => defineCalendar(spec as CalendarSpec));
    if (snapshot !== undefined) expect(spec).toEqual(snapshot);
  });

  test.prop([fc.oneof(fc.constant(globalSupportHours), hostileValue), hostileDate, hostileDuration], { numRuns: runs(300) })(
    "add, subtract, between, isOpen, nextOpen, nextClose",
    (calendar, date, duration) => {
      const cal = calendar as BusinessCalendar;
      const at = date as Date;
      survives(() => addBusinessTime(cal, at, duration as Duration));
      survives(() => subtractBusinessTime(cal, at, duration as Duration));
      survives(() => businessTimeBetween(cal, at, new Date(0)));
      survives(() => isOpen(cal, at));
      survives(() => nextOpen(cal, at));
      survives(() => nextClose(cal, at));
    },
  );

  test.prop([fc.constantFrom(1e12, 1e13, 1e14, 6e15, Number.MAX_SAFE_INTEGER)], { numRuns: runs(5) })(
    "a huge duration ends in out_of_range, quickly",
    (duration) => {
      survives(() => addBusinessTime(globalSupportHours, new Date("2026-01-01T00:00:00Z"), duration));
      survives(() => subtractBusinessTime(globalSupportHours, new Date("2026-01-01T00:00:00Z"), duration));
    },
  );
});
