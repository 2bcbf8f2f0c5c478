import { expect } from "vitest";

import { thrown } from "../support/thrown.js";

export { thrown };

/** Expects `run` to throw the library's error with this code and path, and a message matching `message`. */
export function expectError(run: () => unknown, code: string, path: readonly PropertyKey[], message: RegExp | string): void {
  const error = thrown(run);
  expect(error.code).toBe(code);
  expect(error.path).toEqual(path);
  if (typeof message === "string") expect(error.message).toContain(message);
  else expect(error.message).toMatch(message);
}

/** Freezes a value and everything inside it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** JSON round trip: what a caller gets back after logging and replaying a result. */
export function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** An instant from an ISO string. */
export function at(text: string): Date {
  return new Date(text);
}
