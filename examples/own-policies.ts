// Your own calendar and SLA policies, kept as JSON configuration: the same file the CLI reads
// with --policies. Run: npx tsx examples/own-policies.ts
import { readFileSync } from "node:fs";
import {
  type BusinessCalendar,
  type CalendarSpec,
  type SlaPolicySetInput,
  defineCalendar,
  evaluateSla,
  globalSupportHours,
  prepareSlaPolicies,
  twentyFourSeven,
} from "support-policy/sla";

interface PolicyFile {
  readonly name?: string;
  readonly calendars: Readonly<Record<string, string | CalendarSpec>>;
  readonly policies: SlaPolicySetInput["policies"];
}

const file = JSON.parse(readFileSync(new URL("./policies.json", import.meta.url), "utf8")) as PolicyFile;

// Calendar names in the file refer to GitLab's schedules; anything else is a spec of its own.
const named: Readonly<Record<string, BusinessCalendar>> = { "24x7": twentyFourSeven, global: globalSupportHours };
const calendars: Record<string, BusinessCalendar> = {};
for (const [name, value] of Object.entries(file.calendars)) {
  const calendar = typeof value === "string" ? named[value] : defineCalendar(value);
  if (calendar === undefined) throw new Error(`Unknown calendar ${value as string}`);
  calendars[name] = calendar;
}

// Validated once; a mistake throws a SupportPolicyError whose path names the bad field
// (e.g. ["policySet", "policies", 2, "targets", 0, "calendar"]).
const policies = prepareSlaPolicies({ ...(file.name === undefined ? {} : { name: file.name }), policies: file.policies, calendars });

const report = evaluateSla(
  { id: "T-7", createdAt: "2026-12-23T15:00:00+01:00", channel: "ticket", organization: { plan: "premium" } },
  policies,
  new Date("2026-12-23T16:00:00+01:00"),
);
// Premium runs on the Berlin office calendar: 8 business hours from Wednesday 15:00 are 3 h that
// day and 5 h on Monday (Christmas Eve and Christmas are closed): due Monday 14:00 in Berlin.
console.log(report.policyId, report.metrics.find((m) => m.metric === "first_reply")?.dueAt); // => business 2026-12-28T13:00:00.000Z
