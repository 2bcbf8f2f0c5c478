import { describe, expect, it } from "vitest";
import { RAILS_TIME_ZONE_MAPPING } from "../../../src/import/zendesk/rails-time-zone-mapping.js";
import { railsTimeZoneToIana } from "../../../src/import/zendesk/rails-time-zone.js";
import { defineCalendar } from "../../../src/sla/define-calendar.js";
import { thrown } from "../../support/thrown.js";

// The zone's UTC offset at `at` as "+HH:MM", from Intl's "+11:00" (written "GMT" or
// "GMT+00:00" for zero, depending on the ICU version).
const offsetAt = (timeZone: string, at: string): string => {
  const text = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(at))
    .find((part) => part.type === "timeZoneName")?.value ?? "";
  return text === "GMT" ? "+00:00" : text.replace(/^GMT/, "");
};

describe("railsTimeZoneToIana: Zendesk's Rails time-zone names", () => {
  it("holds the whole ActiveSupport::TimeZone::MAPPING table: 151 names", () => {
    expect(Object.keys(RAILS_TIME_ZONE_MAPPING)).toHaveLength(151);
  });

  it.each(Object.entries(RAILS_TIME_ZONE_MAPPING))("%s resolves to %s, a zone Intl and defineCalendar accept", (name, zone) => {
    expect(railsTimeZoneToIana(name)).toBe(zone);
    expect(() => new Intl.DateTimeFormat("en-US", { timeZone: zone })).not.toThrow();
    expect(() => defineCalendar({ timeZone: zone, weekly: { mon: [["09:00", "17:00"]] } })).not.toThrow();
  });

  it.each([
    ["Pacific Time (US & Canada)", "America/Los_Angeles"],
    ["New Caledonia", "Pacific/Noumea"],
    ["Mid-Atlantic", "Atlantic/South_Georgia"],
  ])("the contract's example %s → %s", (name, zone) => {
    expect(railsTimeZoneToIana(name)).toBe(zone);
  });

  it.each([
    // Winter and summer in the northern hemisphere: a zone with daylight saving shows both.
    ["Pacific Time (US & Canada)", "2026-01-15T12:00:00Z", "-08:00"],
    ["Pacific Time (US & Canada)", "2026-07-15T12:00:00Z", "-07:00"],
    ["New Caledonia", "2026-01-15T12:00:00Z", "+11:00"],
    ["Mid-Atlantic", "2026-01-15T12:00:00Z", "-02:00"],
    // Etc/GMT+12 is UTC−12: POSIX inverts the sign of Etc/ names.
    ["International Date Line West", "2026-01-15T12:00:00Z", "-12:00"],
    ["Chatham Is.", "2026-07-15T12:00:00Z", "+12:45"],
    ["Kathmandu", "2026-07-15T12:00:00Z", "+05:45"],
    ["UTC", "2026-07-15T12:00:00Z", "+00:00"],
  ])("%s reads the offset Rails documents for it (at %s: %s)", (name, at, offset) => {
    expect(offsetAt(railsTimeZoneToIana(name) ?? "", at)).toBe(offset);
  });

  it("keeps the IANA alias Rails uses where the zone was renamed, which reads the same offsets as the new name", () => {
    expect(railsTimeZoneToIana("Kyiv")).toBe("Europe/Kiev");
    expect(offsetAt("Europe/Kiev", "2026-07-15T12:00:00Z")).toBe(offsetAt("Europe/Kyiv", "2026-07-15T12:00:00Z"));
    expect(railsTimeZoneToIana("Greenland")).toBe("America/Godthab");
    expect(railsTimeZoneToIana("Rangoon")).toBe("Asia/Rangoon");
  });

  it("passes an IANA name through unchanged", () => {
    expect(railsTimeZoneToIana("Europe/Berlin")).toBe("Europe/Berlin");
    expect(railsTimeZoneToIana("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(railsTimeZoneToIana("Etc/UTC")).toBe("Etc/UTC");
  });

  it.each([
    ["a name in neither table", "Pacific Time"],
    ["a Rails name in the wrong case", "pacific time (us & canada)"],
    ["a Rails name without its trailing dot", "Cape Verde Is"],
    ["an abbreviation Zendesk never writes", "PST8PDT-ish"],
    ["the empty string", ""],
    ["a member of every object's prototype", "constructor"],
    ["another prototype member", "__proto__"],
  ])("gives undefined for %s (%j), so the caller can name the record", (_, name) => {
    expect(railsTimeZoneToIana(name)).toBeUndefined();
  });

  it.each([[["UTC"]], [42], [null], [undefined]])("rejects a name that is not a string (%j): it could read as a zone through its toString", (name) => {
    const error = thrown(() => railsTimeZoneToIana(name as never));
    expect(error.code).toBe("invalid_type");
    expect(error.message).toMatch(/^Expected a time-zone name as a string, received (object|number|undefined)$/);
  });

  it("cannot be changed by a caller: the table is frozen", () => {
    expect(Object.isFrozen(RAILS_TIME_ZONE_MAPPING)).toBe(true);
  });
});
