/**
 * support-policy: typed, pure and explainable support policy.
 *
 * - `support-policy/sla`: business-hours calendars, business-time math, SLA clocks and editions.
 * - `support-policy/policies`: account decisions (dormant usernames, 2FA removal, disclosures,
 *   licences, calls).
 * - `support-policy/routing`: pick-up order, channels, emergencies and escalation paths.
 * - `support-policy/zendesk`: reading a Zendesk export (its Rails time-zone names included) and
 *   checking the library's SLA reports against Zendesk's own record.
 * - `support-policy/report` (its own entry only, so the root stays small): an SLA report page
 *   (summary, queue, per-ticket timelines) as one self-contained HTML document.
 * - `support-policy/fivetran` (its own entry only): Zendesk data as Fivetran lands it in a
 *   warehouse, converted into the REST responses `support-policy/zendesk` reads.
 *
 * @packageDocumentation
 */
export * from "./shared/index.js";
export * from "./sla/index.js";
export * from "./policies/index.js";
export * from "./routing/index.js";
export * from "./import/zendesk/index.js";
