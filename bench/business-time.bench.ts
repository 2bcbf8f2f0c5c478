// Business-time math against the two popular business-hours plugins, on the same cases in the
// same process. The peers read the host zone (run under TZ=America/Los_Angeles, as `npm run
// bench` does); the library reads only the calendar's zone.

import dayjs from "dayjs";
import dayjsBusinessTime from "dayjs-business-time";
import moment from "moment";
import "moment-business-time";
import { addBusinessTime, businessTimeBetween, defineCalendar } from "../src/sla/index.js";
import { consume, formatOps, measure, printTable } from "./lib/measure.js";

const HOUR = 3_600_000;
const HOLIDAYS_2026 = [
  "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
  "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
];
const nineToFive: [string, string][] = [["09:00", "17:00"]];
const spec = {
  timeZone: "America/Los_Angeles",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: HOLIDAYS_2026,
};

if (process.env["TZ"] !== "America/Los_Angeles") {
  console.error("Run with TZ=America/Los_Angeles (npm run bench does): the peers use the host zone.");
  process.exit(1);
}

// Peers, configured to the same calendar.
moment.updateLocale("en", {
  workinghours: { 0: null, 1: ["09:00:00", "17:00:00"], 2: ["09:00:00", "17:00:00"], 3: ["09:00:00", "17:00:00"], 4: ["09:00:00", "17:00:00"], 5: ["09:00:00", "17:00:00"], 6: null },
  holidays: HOLIDAYS_2026,
});
dayjs.extend(dayjsBusinessTime);
const day = [{ start: "09:00:00", end: "17:00:00" }];
dayjs.setBusinessTime({ sunday: null, monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: null });
dayjs.setHolidays(HOLIDAYS_2026);

const calendar = defineCalendar(spec);
const start = new Date("2026-03-02T18:30:00Z"); // Mon 10:30 PST

// A deterministic pseudo-random sequence, so every run times the same cases.
let seed = 20260302;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const randomCases = Array.from({ length: 1000 }, () => {
  const from = new Date(Date.UTC(2026, 0, 5) + Math.floor(random() * 300 * 24) * HOUR + Math.floor(random() * 60) * 60_000);
  return { from, minutes: 1 + Math.floor(random() * 80 * 60) };
});

interface Scenario {
  readonly name: string;
  readonly cases: readonly { from: Date; minutes: number }[];
}
const scenarios: Scenario[] = [
  { name: "8 business hours", cases: [{ from: start, minutes: 8 * 60 }] },
  { name: "2 weeks (80 h)", cases: [{ from: start, minutes: 80 * 60 }] },
  { name: "1 year (2,000 h)", cases: [{ from: start, minutes: 2000 * 60 }] },
  { name: "1,000 random cases", cases: randomCases },
];

const ours = {
  add: (c: { from: Date; minutes: number }) => addBusinessTime(calendar, c.from, { minutes: c.minutes }).getTime(),
  between: (c: { from: Date; minutes: number }, end: Date) => businessTimeBetween(calendar, c.from, end) / 60_000,
};
const momentPeer = {
  add: (c: { from: Date; minutes: number }) => moment(c.from).addWorkingTime(c.minutes, "minutes").valueOf(),
  between: (c: { from: Date; minutes: number }, end: Date) => moment(end).workingDiff(moment(c.from), "minutes", true),
};
const dayjsPeer = {
  add: (c: { from: Date; minutes: number }) => dayjs(c.from).addBusinessTime(c.minutes, "minutes").valueOf(),
  between: (c: { from: Date; minutes: number }, end: Date) => dayjs(c.from).businessTimeDiff(dayjs(end), "minutes"),
};

// Check the answers agree before timing anything.
let disagreements = 0;
for (const scenario of scenarios) {
  for (const c of scenario.cases) {
    const expected = ours.add(c);
    const end = new Date(expected);
    const answers = [momentPeer.add(c), dayjsPeer.add(c)];
    const diffs = [Math.abs(momentPeer.between(c, end)), Math.abs(dayjsPeer.between(c, end))];
    if (answers.some((a) => a !== expected) || diffs.some((d) => Math.round(d) !== c.minutes) || ours.between(c, end) !== c.minutes) disagreements++;
  }
}

const rows: string[][] = [];
const costs = new Map<string, number>();
for (const scenario of scenarios) {
  const ends = scenario.cases.map((c) => new Date(ours.add(c)));
  for (const op of ["add", "between"] as const) {
    const run = (impl: typeof ours) =>
      op === "add"
        ? () => { for (const c of scenario.cases) consume(impl.add(c)); }
        : () => {
            scenario.cases.forEach((c, i) => {
              consume(impl.between(c, ends[i]!));
            });
          };
    const perCase = scenario.cases.length;
    const us = measure("ours", run(ours), 500);
    const m = measure("moment", run(momentPeer), 500);
    const d = measure("dayjs", run(dayjsPeer), 500);
    const ops = (x: { opsPerSec: number }) => x.opsPerSec * perCase;
    const fasterPeer = Math.max(ops(m), ops(d));
    costs.set(`${scenario.name}/${op}`, us.nsPerOp / perCase);
    rows.push([
      scenario.name,
      op === "add" ? "addBusinessTime" : "businessTimeBetween",
      formatOps(ops(us)),
      formatOps(ops(m)),
      formatOps(ops(d)),
      `${(ops(us) / fasterPeer).toFixed(0)}×`,
    ]);
  }
}
console.log("Operations per second (a random case counts as one operation):\n");
printTable(["scenario", "operation", "support-policy", "moment-business-time", "dayjs-business-time", "ours ÷ faster peer"], rows);

const ratio = (op: string) => (costs.get(`1 year (2,000 h)/${op}`)! / costs.get(`8 business hours/${op}`)!).toFixed(2);
console.log(`\nCost of the 1-year case ÷ the 8-hour case: addBusinessTime ${ratio("add")}×, businessTimeBetween ${ratio("between")}×`);
console.log(`Cases where a peer's answer differs from ours: ${disagreements} of ${scenarios.reduce((n, s) => n + s.cases.length, 0)}`);

// Construction: defining is cheap; each year of open time is worked out on first use.
const define = measure("define", () => defineCalendar(spec), 300);
const firstQuery = measure("define + first query", () => addBusinessTime(defineCalendar(spec), start, { hours: 8 }), 300);
console.log("\nCalendar construction:\n");
printTable(
  ["step", "time per call"],
  [
    ["defineCalendar(spec) (validate and compile)", `${(define.nsPerOp / 1000).toFixed(1)} µs`],
    ["defineCalendar + first addBusinessTime (builds one year of open time)", `${(firstQuery.nsPerOp / 1000).toFixed(1)} µs`],
  ],
);
