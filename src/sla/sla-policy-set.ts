import * as z from "zod";
import type { JsonValue } from "../shared/json.js";
import { BusinessCalendar } from "./define-calendar.js";
import { type SlaPolicy, type SlaPolicyInput, slaPolicySchema } from "./sla-policy.js";
import type { Ticket } from "./ticket.js";
import { AROUND_THE_CLOCK } from "./sla-vocabulary.js";

const calendarSchema = z.custom<BusinessCalendar>((value) => value instanceof BusinessCalendar, {
  error: "Expected a calendar made by defineCalendar(spec)",
  params: { code: "not_a_calendar" },
});

const prepareTicketSchema = z.custom<(ticket: Ticket) => Ticket>((value) => typeof value === "function", {
  error: "Expected a function from a parsed ticket to a parsed ticket",
});

/**
 * A policy set as the caller writes it: JSON policies plus the calendars they name.
 *
 * @example
 * ```ts
 * const set: SlaPolicySetInput = {
 *   policies: [{ id: "all", name: "Everything", targets: [{ metric: "first_reply", duration: { hours: 1 }, calendar: "around_the_clock" }] }],
 * };
 * ```
 */
export interface SlaPolicySetInput {
  /** A name for the set. */
  readonly name?: string | undefined;
  /** The policies, in order: the first that matches applies. */
  readonly policies: readonly SlaPolicyInput[];
  /** The calendars targets name, by name (made by `defineCalendar`). */
  readonly calendars?: Readonly<Record<string, BusinessCalendar>> | undefined;
  /** Derives facts from a parsed ticket before the policies are matched (must return a valid ticket). */
  readonly prepareTicket?: ((ticket: Ticket) => Ticket) | undefined;
  /** JSON describing how the set was built (an edition's numbers). */
  readonly parameters?: JsonValue | undefined;
}

/**
 * A validated policy set, as {@link prepareSlaPolicies} returns it.
 *
 * @example
 * ```ts
 * const set: SlaPolicySet = prepareSlaPolicies({ policies: [] });
 * ```
 */
export interface SlaPolicySet {
  /** A name for the set. */
  readonly name?: string | undefined;
  /** The policies, in order. */
  readonly policies: readonly SlaPolicy[];
  /** The calendars targets name, by name. */
  readonly calendars: Readonly<Record<string, BusinessCalendar>>;
  /** Derives facts from a parsed ticket before the policies are matched. */
  readonly prepareTicket?: ((ticket: Ticket) => Ticket) | undefined;
  /** JSON describing how the set was built. */
  readonly parameters?: JsonValue | undefined;
}

const policySetShape = z
  .strictObject({
    name: z.string().min(1).optional(),
    policies: z.array(slaPolicySchema),
    calendars: z.record(z.string().min(1), calendarSchema).default({}),
    prepareTicket: prepareTicketSchema.optional(),
    parameters: z.custom<JsonValue>(() => true).optional(),
  })
  .superRefine((set, ctx) => {
    if (Object.hasOwn(set.calendars, AROUND_THE_CLOCK)) {
      ctx.addIssue({
        code: "custom",
        path: ["calendars", AROUND_THE_CLOCK],
        message: `"${AROUND_THE_CLOCK}" is reserved for elapsed time and cannot name a calendar`,
        params: { code: "duplicate_id" },
        input: set.calendars,
      });
    }
    const ids = new Set<string>();
    set.policies.forEach((policy, index) => {
      if (ids.has(policy.id)) {
        ctx.addIssue({ code: "custom", path: ["policies", index, "id"], message: `Two policies have the id "${policy.id}"`, params: { code: "duplicate_id" }, input: policy.id });
      }
      ids.add(policy.id);
      policy.targets.forEach((target, targetIndex) => {
        if (target.calendar !== AROUND_THE_CLOCK && !Object.hasOwn(set.calendars, target.calendar)) {
          ctx.addIssue({
            code: "custom",
            path: ["policies", index, "targets", targetIndex, "calendar"],
            message: `Unknown calendar "${target.calendar}": expected "${AROUND_THE_CLOCK}" or one of the set's calendars (${Object.keys(set.calendars).join(", ") || "none"})`,
            params: { code: "not_a_calendar" },
            input: target.calendar,
          });
        }
      });
    });
  });

/**
 * The zod schema of a policy set: the ordered policies (first match wins), the calendars their
 * targets name, an optional `prepareTicket` step that derives facts before the policies are
 * matched (the 2026 edition derives priority from severity and support level from plan), an
 * optional name and optional JSON `parameters` describing how the set was built.
 *
 * Checks: policy ids are unique (`duplicate_id`); every target names a calendar of the set or
 * `"around_the_clock"` (`not_a_calendar`); `"around_the_clock"` is not redefined.
 *
 * @example
 * ```ts
 * slaPolicySetSchema.parse({
 *   policies: [{ id: "all", name: "Everything", targets: [{ metric: "first_reply", duration: { hours: 8 }, calendar: "global" }] }],
 *   calendars: { global: globalSupportHours },
 * }).policies.length;
 * // => 1
 * ```
 */
export const slaPolicySetSchema: z.ZodType<SlaPolicySet, SlaPolicySetInput> = policySetShape;
