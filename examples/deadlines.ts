// Prints first-response deadlines for a few tickets on GitLab's calendars: the same instant,
// very different deadlines depending on the calendar a target runs on.
import {
  addBusinessTime,
  businessTimeBetween,
  defineCalendar,
  emeaSupportHours,
  globalSupportHours,
  twentyFourSeven,
} from "support-policy";

const openedAt = [
  new Date("2026-03-06T23:30:00Z"), // Friday 15:30 in Los Angeles
  new Date("2026-03-08T09:00:00Z"), // Sunday, the night the US clocks go forward
  new Date("2026-12-24T16:00:00Z"), // Christmas Eve
];

const office = defineCalendar({
  name: "Berlin office",
  timeZone: "Europe/Berlin",
  weekly: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "15:00"]] },
  holidays: [{ from: "2026-12-24", to: "2026-12-26", name: "Christmas" }, "2026-12-31"],
});

const targets = [
  { label: "Emergency, 30 min on 24x7", calendar: twentyFourSeven, hours: 0.5 },
  { label: "High, 4 h on Global Support Hours", calendar: globalSupportHours, hours: 4 },
  { label: "Low, 24 h on Global Support Hours", calendar: globalSupportHours, hours: 24 },
  { label: "Normal, 8 h on EMEA hours", calendar: emeaSupportHours, hours: 8 },
  { label: "Normal, 8 h on a Berlin office calendar", calendar: office, hours: 8 },
];

const wall = (date: Date, timeZone: string): string =>
  date.toLocaleString("en-GB", { timeZone, weekday: "short", day: "2-digit", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });

for (const opened of openedAt) {
  console.log(`\nTicket opened ${opened.toISOString()} (${wall(opened, "America/Los_Angeles")})`);
  for (const { label, calendar, hours } of targets) {
    const due = addBusinessTime(calendar, opened, { hours });
    const elapsedHours = (due.getTime() - opened.getTime()) / 3_600_000;
    const businessHours = businessTimeBetween(calendar, opened, due) / 3_600_000;
    console.log(
      `  ${label.padEnd(42)} due ${due.toISOString()}  ${wall(due, calendar.timeZone).padEnd(26)} ${businessHours} business h of ${elapsedHours.toFixed(1)} h elapsed`,
    );
  }
}
