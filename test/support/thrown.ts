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
