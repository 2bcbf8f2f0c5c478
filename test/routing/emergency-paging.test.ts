import { fc, test } from "../support/property.js";
import { describe, expect, it } from "vitest";
import { emergencyPaging } from "../../src/routing/emergency-paging.js";
import type { EmergencyIncident } from "../../src/routing/emergency-incident.js";
import type { Edition } from "../../src/shared/edition.js";
import { at, deepFreeze, expectError, roundTrip } from "./helpers.js";

const T0 = "2026-11-20T10:00:00.000Z";
const plus = (minutes: number): Date => new Date(Date.parse(T0) + minutes * 60_000);

describe("emergencyPaging, 2016", () => {
  it('"acknowledge within 5 minutes, or the second level is alerted": before 5 minutes only the on-call engineer', () => {
    const paging = emergencyPaging({ triggeredAt: T0 }, plus(4), "handbook2016");
    expect(paging.outcome).toBe("paging");
    expect(paging.currentlyPaged).toBe("on_call_engineer");
    expect(paging.next).toEqual({ action: "alert", role: "second_level", at: "2026-11-20T10:05:00.000Z", message: expect.any(String) as string });
  });

  it('"an alert due at or before now has fired": at exactly 5 minutes the second level is alerted', () => {
    const paging = emergencyPaging({ triggeredAt: T0 }, plus(5), "handbook2016");
    expect(paging.alerted.map((a) => a.role)).toEqual(["on_call_engineer", "second_level"]);
    expect(paging.outcome).toBe("exhausted");
    expect(paging.next).toBeUndefined();
  });

  it("an acknowledgement within 5 minutes stops the chain (at exactly 5 minutes too, as an SLA met at its due instant)", () => {
    expect(emergencyPaging({ triggeredAt: T0, acknowledgedAt: plus(3) }, plus(30), "handbook2016").alerted).toHaveLength(1);
    const onTheDot = emergencyPaging({ triggeredAt: T0, acknowledgedAt: plus(5) }, plus(30), "handbook2016");
    expect(onTheDot.outcome).toBe("acknowledged");
    expect(onTheDot.alerted.map((a) => a.role)).toEqual(["on_call_engineer"]);
  });

  it("an acknowledgement after 5 minutes comes after the second level was alerted", () => {
    const late = emergencyPaging({ triggeredAt: T0, acknowledgedAt: plus(7) }, plus(8), "handbook2016");
    expect(late.alerted.map((a) => a.role)).toEqual(["on_call_engineer", "second_level"]);
    expect(late.outcome).toBe("acknowledged");
    expect(late.reasons.map((r) => r.code)).toEqual(["on_call_paged", "not_acknowledged_in_time", "acknowledged"]);
  });
});

describe("emergencyPaging, 2026", () => {
  it('"escalates after 10 min to the support manager on call, then every 5 min to the director, then senior leaders, then an executive"', () => {
    const paging = emergencyPaging({ triggeredAt: T0 }, plus(25), "gitlab2026");
    expect(paging.alerted.map((a) => [a.role, a.minutesAfterTrigger])).toEqual([
      ["on_call_engineer", 0],
      ["support_manager_on_call", 10],
      ["support_director", 15],
      ["senior_support_leaders", 20],
      ["executive", 25],
    ]);
    expect(paging.next?.role).toBe("support_manager_on_call");
    expect(paging.next?.at).toBe("2026-11-20T10:30:00.000Z");
  });

  it('"then the chain again from the manager ... the manager again at +30, the executive at +45"', () => {
    const paging = emergencyPaging({ triggeredAt: T0 }, plus(45), "gitlab2026");
    const second = paging.alerted.filter((a) => a.pass === 2);
    expect(second.map((a) => [a.role, a.minutesAfterTrigger])).toEqual([
      ["support_manager_on_call", 30],
      ["support_director", 35],
      ["senior_support_leaders", 40],
      ["executive", 45],
    ]);
  });

  it('"5 passes in all (the last alert, the executive\'s, at +105), after which nothing more fires"', () => {
    const before = emergencyPaging({ triggeredAt: T0 }, plus(104), "gitlab2026");
    expect(before.next?.at).toBe("2026-11-20T11:45:00.000Z");
    const after = emergencyPaging({ triggeredAt: T0 }, plus(600), "gitlab2026");
    expect(after.outcome).toBe("exhausted");
    expect(after.alerted).toHaveLength(21);
    expect(after.alerted.at(-1)).toMatchObject({ role: "executive", pass: 5, minutesAfterTrigger: 105 });
    expect(after.next).toBeUndefined();
  });

  it('"an acknowledgement stops the chain"', () => {
    const paging = emergencyPaging({ triggeredAt: T0, acknowledgedAt: plus(12) }, plus(60), "gitlab2026");
    expect(paging.outcome).toBe("acknowledged");
    expect(paging.alerted.map((a) => a.role)).toEqual(["on_call_engineer", "support_manager_on_call"]);
  });

  it("accepts Dates and offsets; the result is JSON and the input is untouched", () => {
    const incident = deepFreeze({ triggeredAt: "2026-11-20T11:00:00+01:00" });
    const paging = emergencyPaging(incident, at("2026-11-20T10:11:00Z"), "gitlab2026");
    expect(paging.alerted.at(-1)?.at).toBe("2026-11-20T10:10:00.000Z");
    expect(roundTrip(paging)).toEqual(paging);
    expect(emergencyPaging({ triggeredAt: new Date(T0) }, plus(11), "gitlab2026")).toEqual(paging);
  });

  test.prop([fc.constantFrom<Edition>("handbook2016", "gitlab2026"), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })])(
    "alerts only grow with time, fire at or before now, and the next alert is after now",
    (edition, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const first = emergencyPaging({ triggeredAt: T0 }, plus(early), edition);
      const second = emergencyPaging({ triggeredAt: T0 }, plus(late), edition);
      expect(second.alerted.slice(0, first.alerted.length)).toEqual(first.alerted);
      for (const alert of second.alerted) expect(Date.parse(alert.at)).toBeLessThanOrEqual(plus(late).getTime());
      if (second.next !== undefined) expect(Date.parse(second.next.at)).toBeGreaterThan(plus(late).getTime());
    },
  );
});

describe("emergencyPaging, bad input", () => {
  it("rejects unknown editions, malformed instants, acknowledgements before the page or after now, now before the page", () => {
    expectError(() => emergencyPaging({ triggeredAt: T0 }, plus(1), "handbook2019" as Edition), "unknown_value", ["edition"], 'Unknown edition "handbook2019"');
    expectError(() => emergencyPaging({ triggeredAt: "yesterday" }, plus(1), "gitlab2026"), "invalid_instant", ["incident", "triggeredAt"], "ISO 8601");
    expectError(() => emergencyPaging({} as EmergencyIncident, plus(1), "gitlab2026"), "missing_field", ["incident", "triggeredAt"], 'Missing required field "incident.triggeredAt"');
    expectError(
      () => emergencyPaging({ triggeredAt: T0, acknowledgedAt: "2026-11-20T09:59:00Z" }, plus(1), "gitlab2026"),
      "event_before_creation",
      ["incident", "acknowledgedAt"],
      "before the page was triggered",
    );
    expectError(() => emergencyPaging({ triggeredAt: T0, acknowledgedAt: plus(9) }, plus(1), "gitlab2026"), "inconsistent_facts", ["incident", "acknowledgedAt"], "after `now`");
    expectError(() => emergencyPaging({ triggeredAt: T0 }, plus(-1), "gitlab2026"), "now_before_creation", ["now"], "before the page was triggered");
    expectError(() => emergencyPaging({ triggeredAt: T0 }, new Date(Number.NaN), "gitlab2026"), "invalid_instant", ["now"], "valid Date");
  });
});
