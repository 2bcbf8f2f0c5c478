// The library must never read the clock: every test runs with a Date.now and an argument-less
// `new Date()` that throw. Test code that needs "now" passes an explicit instant.
import { afterEach, beforeEach } from "vitest";

const RealDate = globalThis.Date;
const realNow = RealDate.now.bind(RealDate);

class ClockFreeDate extends RealDate {
  // Dates made before a test started (fixtures at module level) are still Dates.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof RealDate;
  }

  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) throw new Error("The clock was read: new Date() without arguments");
    super(...args);
  }
}

function throwingNow(): number {
  throw new Error("The clock was read: Date.now()");
}

beforeEach(() => {
  ClockFreeDate.now = throwingNow;
  globalThis.Date = ClockFreeDate as DateConstructor;
});

afterEach(() => {
  globalThis.Date = RealDate;
  RealDate.now = realNow;
});
