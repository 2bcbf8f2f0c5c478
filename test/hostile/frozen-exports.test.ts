// Every exported default, table and vocabulary is frozen all the way down: one module changing
// `vendorSupportParameters.requestsPerQuarter` must not change another module's decision. The
// exports are found by enumerating the package, so a new one is covered without being listed.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

const NOT_DATA = new Set(["SupportPolicyError"]);

function isSchema(value: unknown): boolean {
  return typeof value === "object" && value !== null && "_zod" in value;
}

/** The exported values that are data: objects and arrays, not functions, schemas or calendars. */
const data = (Object.entries(api) as [string, unknown][]).filter(
  ([name, value]) => !NOT_DATA.has(name) && typeof value === "object" && value !== null && !isSchema(value) && !(value instanceof api.BusinessCalendar),
);

/** Every object reachable from `value`, with its path; calendars are frozen objects of their own and not walked. */
function objectsIn(value: unknown, path: string, out: [string, object][] = [], seen = new Set<object>()): [string, object][] {
  if (typeof value !== "object" || value === null || seen.has(value)) return out;
  seen.add(value);
  out.push([path, value]);
  if (value instanceof api.BusinessCalendar) return out;
  for (const key of Reflect.ownKeys(value)) objectsIn((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, out, seen);
  return out;
}

/** Every writable-looking leaf: [owner, key] for each own property of each reachable plain object or array. */
function leavesIn(value: unknown, path: string): [string, Record<PropertyKey, unknown>, PropertyKey][] {
  return objectsIn(value, path)
    .filter(([, object]) => !(object instanceof api.BusinessCalendar))
    .flatMap(([at, object]) => Reflect.ownKeys(object).map((key): [string, Record<PropertyKey, unknown>, PropertyKey] => [`${at}.${String(key)}`, object as Record<PropertyKey, unknown>, key]));
}

describe("exported data is frozen all the way down", () => {
  it("the enumeration finds the 33 defaults, tables and vocabularies and the two editions (and any added later)", () => {
    const names = data.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        "CHANNELS", "CHANNEL_CATALOGUE", "CHANNEL_SLA_CATEGORIES", "DEFAULT_PAUSED_BY", "EDITIONS", "ESCALATION_PATHS", "INTERNAL_REQUEST_ROUTES",
        "METRIC_IDS", "PAUSABLE_STATUSES", "PLANS", "PRIORITIES", "QUEUE_BUCKETS", "QUEUE_BUCKETS_2016", "QUEUE_BUCKETS_2026", "REGIONS", "SEVERITIES",
        "STAR_BUSINESS_CASE_CODES", "STAR_URGENCIES", "SUPPORT_LEVELS", "TICKET_STATUSES",
        "amerSupportHoursSpec", "apacSupportHoursSpec", "callSuggestionParameters", "disclosureParameters", "emeaSupportHoursSpec",
        "globalSupportHoursSpec", "licenceParameters", "twentyFourSevenSpec", "twoFactorRemovalParameters",
        "usGovernmentEmergencyHoursSpec", "usGovernmentSupportHoursSpec", "usernameReleaseParameters", "vendorSupportParameters",
        "gitlab2026", "handbook2016",
      ]),
    );
  });

  for (const [name, value] of data) {
    it(`${name}: every object in it is frozen, and no assignment, deletion or push changes it`, () => {
      const before = JSON.stringify(value);
      for (const [path, object] of objectsIn(value, name)) expect(Object.isFrozen(object), path).toBe(true);
      for (const [path, owner, key] of leavesIn(value, name)) {
        // Test files are modules, so strict: writing to a frozen object throws.
        expect(() => {
          owner[key] = 5;
        }, path).toThrow(TypeError);
        expect(Reflect.deleteProperty(owner, key), path).toBe(false);
      }
      for (const [path, object] of objectsIn(value, name)) {
        if (Array.isArray(object)) expect(() => (object as unknown[]).push("x"), path).toThrow(TypeError);
        else if (!(object instanceof api.BusinessCalendar)) {
          expect(() => {
            (object as Record<string, unknown>)["added"] = 1;
          }, path).toThrow(TypeError);
        }
      }
      expect(JSON.stringify(value)).toBe(before);
    });
  }
});

describe("changing a default between two calls is impossible and changes nothing", () => {
  const request = { vendor: "sidekiq", requestAt: "2026-11-20T10:00:00Z", previousRequests: ["2026-10-02T08:00:00Z"] } as const;

  it("vendorSupportParameters.requestsPerQuarter = 5 throws, and the quota stays one per quarter", () => {
    expect(api.checkVendorSupportRequest(request).outcome).toBe("quota_used");
    expect(() => {
      // @ts-expect-error: the default is typed readonly
      api.vendorSupportParameters.requestsPerQuarter = 5;
    }).toThrow(TypeError);
    expect(api.checkVendorSupportRequest(request).outcome).toBe("quota_used");
    // The way to another quota is the parameters argument.
    expect(api.checkVendorSupportRequest(request, { requestsPerQuarter: 5 }).outcome).toBe("allowed");
  });

  it("a nested default (licenceParameters.responseTargetHours.urgent) cannot be changed either", () => {
    expect(() => {
      // @ts-expect-error: typed readonly all the way down
      api.licenceParameters.responseTargetHours.urgent = 1000;
    }).toThrow(TypeError);
    expect(api.licenceParameters.responseTargetHours.urgent).toBe(1);
  });

  it("a calendar spec's hours cannot be changed: defineCalendar from it still gives Friday until 17:00", () => {
    expect(() => {
      // @ts-expect-error: typed readonly all the way down
      api.globalSupportHoursSpec.weekly.fri![0]![1] = "23:00";
    }).toThrow(TypeError);
    const calendar = api.defineCalendar(api.globalSupportHoursSpec);
    expect(api.isOpen(calendar, new Date("2026-11-20T17:30:00-08:00"))).toBe(false);
  });

  it("PRIORITIES and METRIC_IDS cannot grow", () => {
    expect(() => (api.PRIORITIES as unknown as string[]).push("bogus")).toThrow(TypeError);
    expect(() => (api.METRIC_IDS as unknown as string[]).push("bogus")).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error: a readonly tuple
      api.PRIORITIES[0] = "urgent";
    }).toThrow(TypeError);
    expect(api.PRIORITIES).toEqual(["low", "normal", "high", "urgent"]);
  });
});
