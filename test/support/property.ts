// `test.prop`: a vitest test that checks a fast-check property. A few lines of our own instead of
// @fast-check/vitest, whose import builds a wrapper for every chain of vitest's test modifiers and
// costs more than a second in each fresh worker; mutation testing starts a worker per mutant.
import fc from "fast-check";
import { test as vitestTest } from "vitest";

export { fc };

type Arbitraries<Ts extends [unknown, ...unknown[]]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

/** Checks a property now: throws fast-check's report when the predicate throws or returns false. */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(arbitraries: Arbitraries<Ts>, predicate: (...args: Ts) => unknown, parameters?: fc.Parameters<Ts>): void {
  fc.assert(fc.property(...arbitraries, (...args: Ts) => predicate(...args) !== false), parameters);
}

function prop<Ts extends [unknown, ...unknown[]]>(arbitraries: Arbitraries<Ts>, parameters?: fc.Parameters<Ts>) {
  return (name: string, predicate: (...args: Ts) => unknown, timeout?: number): void => {
    vitestTest(
      name,
      () => {
        checkProperty(arbitraries, predicate, parameters);
      },
      timeout,
    );
  };
}

/** Vitest's `test`, with `test.prop(arbitraries, parameters?)(name, predicate, timeout?)`. */
export const test = Object.assign(
  (name: string, body: () => unknown, timeout?: number): void => {
    vitestTest(name, body, timeout);
  },
  { prop },
);
