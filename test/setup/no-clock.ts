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

// A dependency of the test tooling may read the clock for its own bookkeeping: graceful-fs,
// bundled in playwright-core, patches `fs.closeSync` to time its retry queue, and with
// `isolate: false` that patch stays in the worker for every later test file. Only the
// library's and the tests' own reads are refused.
function throwingNow(): number {
  const caller = new Error().stack?.split("\n")[2] ?? "";
  if (caller.includes("/node_modules/")) return realNow();
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
