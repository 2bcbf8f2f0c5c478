import { SupportPolicyError } from "../../src/shared/errors.js";

/** Runs `run` and returns the SupportPolicyError it throws; fails when it throws nothing or something else. */
export function thrown(run: () => unknown): SupportPolicyError {
  try {
    run();
  } catch (error) {
    if (error instanceof SupportPolicyError) return error;
    throw error;
  }
  throw new Error("expected a SupportPolicyError");
}

/** The error's code, path and message, for one comparison. */
export function describeError(error: SupportPolicyError): [string, readonly PropertyKey[], string] {
  return [error.code, error.path, error.message];
}
