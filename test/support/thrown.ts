import { SupportPolicyError } from "../../src/shared/errors.js";

/**
 * Runs `run` and returns the error it throws, which must be a `kind` (the library's
 * SupportPolicyError unless named); fails when it throws nothing or something else.
 */
export function thrown<E extends Error = SupportPolicyError>(run: () => unknown, kind: abstract new (...args: never[]) => E = SupportPolicyError as never): E {
  try {
    run();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected a ${kind.name}`);
}
