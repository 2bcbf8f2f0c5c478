import { fail } from "../../shared/errors.js";
import { canonicalTimeZone } from "../../sla/internal/zone.js";
import { RAILS_TIME_ZONE_MAPPING } from "./rails-time-zone-mapping.js";
import { ownValue } from "../../shared/own-value.js";

/**
 * The IANA time zone for a time-zone name as Zendesk writes it: a Ruby on Rails name (see
 * {@link RAILS_TIME_ZONE_MAPPING}) becomes its IANA zone, and a name the runtime already knows as
 * an IANA zone (`"Europe/Berlin"`) passes through unchanged. Anything else gives `undefined`, so
 * the caller can report which record named it rather than guess a zone.
 *
 * @remarks
 * Rails names are matched exactly, as Zendesk writes them (case, spaces and the trailing dot of
 * `"Cape Verde Is."` included). A Rails name wins over an IANA name of the same spelling; only
 * `"UTC"` is both, and both read as UTC.
 *
 * @param name - A Rails time-zone name or an IANA zone name.
 * @returns An IANA zone name that `Intl.DateTimeFormat` accepts, or `undefined` for an unknown name.
 * @throws {@link SupportPolicyError} `invalid_type` when `name` is not a string.
 *
 * @example
 * ```ts
 * railsTimeZoneToIana("Pacific Time (US & Canada)"); // => "America/Los_Angeles"
 * railsTimeZoneToIana("New Caledonia"); // => "Pacific/Noumea"
 * railsTimeZoneToIana("Mid-Atlantic"); // => "Atlantic/South_Georgia"
 * railsTimeZoneToIana("Europe/Berlin"); // => "Europe/Berlin"
 * railsTimeZoneToIana("Pacific Time"); // => undefined
 * ```
 */
export function railsTimeZoneToIana(name: string): string | undefined {
  // A value that is not a string could still read as a zone through its toString (["UTC"]).
  if (typeof (name as unknown) !== "string") fail("invalid_type", [], `Expected a time-zone name as a string, received ${typeof name}`);
  // Own keys only: a name such as "constructor" must not find Object.prototype's members.
  const mapped = ownValue(RAILS_TIME_ZONE_MAPPING, name);
  if (mapped !== undefined) return mapped;
  return canonicalTimeZone(name) === undefined ? undefined : name;
}
