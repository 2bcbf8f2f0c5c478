import type { SupportPolicyError } from "../../src/shared/errors.js";

import { thrown } from "../support/thrown.js";

export { thrown };

/** The error's code, path and message, for one comparison. */
export function describeError(error: SupportPolicyError): [string, readonly PropertyKey[], string] {
  return [error.code, error.path, error.message];
}
