import { parseInput, SupportPolicyError } from "../shared/errors.js";
import type { BusinessCalendar } from "../sla/business-calendar.js";
import { prepareSlaPolicies } from "../sla/prepare-sla-policies.js";
import type { SlaPolicySet, SlaPolicySetInput } from "../sla/sla-policy-set.js";
import { calendarFromJson } from "./calendar-from-json.js";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { formatPath } from "./format-path.js";
import { parseJsonText } from "./parse-json-text.js";
import { policyFileSchema } from "./policy-file.js";
import { readText } from "./read-text.js";
import { NAMED_CALENDARS } from "./resolve-calendar.js";
import { ownValue } from "../shared/own-value.js";

/**
 * Reads a `--policies FILE.json` file (see {@link policyFileSchema}) and prepares it as an SLA
 * policy set, so every ticket is evaluated against your own policies and calendars instead of
 * an edition (docs/rules.md §2: every number is a default a caller can override).
 *
 * @param path - the file
 * @param io - where files are read from
 * @returns the prepared policy set
 * @throws {@link CliError} (exit 2) naming the file and the field for an unreadable file,
 *   malformed JSON, an unknown calendar name, an invalid calendar spec or an invalid policy
 *
 * @example
 * ```ts
 * loadPolicyFile("examples/policies.json", io).policies.map((p) => p.id);
 * // => ["emergency", "enterprise", "business", "community"]
 * ```
 */
export function loadPolicyFile(path: string, io: CliIo): SlaPolicySet {
  const parsed = parseJsonText(readText(path, io));
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.message}`);
  try {
    const file = parseInput(policyFileSchema, parsed.value, []);
    const calendars: Record<string, BusinessCalendar> = {};
    for (const [name, value] of Object.entries(file.calendars)) {
      if (typeof value === "string") {
        const named = ownValue(NAMED_CALENDARS, value);
        if (named === undefined) {
          throw new CliError(`${path}: calendars.${name}: Unknown calendar "${value}": expected one of ${Object.keys(NAMED_CALENDARS).join(", ")}, or a calendar spec`);
        }
        calendars[name] = named;
      } else {
        calendars[name] = calendarFromJson({ value }, path, ["calendars", name]);
      }
    }
    const set: SlaPolicySetInput = {
      // Stryker disable next-line ConditionalExpression: prepareSlaPolicies reads an undefined name as an absent one
      ...(file.name === undefined ? {} : { name: file.name }),
      policies: file.policies as SlaPolicySetInput["policies"],
      ...(file.metrics === undefined ? {} : { metrics: file.metrics as SlaPolicySetInput["metrics"] }),
      calendars,
    };
    return prepareSlaPolicies(set);
  } catch (error) {
    if (error instanceof SupportPolicyError) {
      const where = error.path[0] === "policySet" ? error.path.slice(1) : error.path;
      throw new CliError(`${path}: ${formatPath(where)}: ${error.message}`);
    }
    throw error;
  }
}
