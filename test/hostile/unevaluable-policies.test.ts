// A policy whose target no ticket in the supported range (1900-2199) could ever reach is rejected
// when it is read, naming the target, instead of making every ticket fail with out_of_range.
import { describe, expect, it } from "vitest";
import { prepareSlaPolicies } from "../../src/sla/prepare-sla-policies.js";
import { thrown } from "../support/thrown.js";
import { run } from "../cli/harness.js";

const policyWith = (duration: unknown, notBefore?: unknown) => ({
  policies: [{ id: "p", name: "P", targets: [{ metric: "first_reply", duration, calendar: "around_the_clock", ...(notBefore === undefined ? {} : { notBefore }) }] }],
});

const TOO_LONG = "A target may be at most 10 years (87660 hours)";

describe("targets longer than ten years are rejected by prepareSlaPolicies", () => {
  it.each([
    [{ hours: 1.5e6 }, "1500000 hours"],
    [1e300, "1e+300 ms"],
    [{ hours: 87_661 }, "87661 hours"],
    [{ minutes: 1e9 }, "1000000000 minutes"],
  ])("%j: too_big at the target's duration", (duration, shown) => {
    const error = thrown(() => prepareSlaPolicies(policyWith(duration) as never));
    expect([error.code, error.path]).toEqual(["too_big", ["policySet", "policies", 0, "targets", 0, "duration"]]);
    expect(error.message).toBe(`${TOO_LONG}; received ${shown}`);
  });

  it("a notBefore beyond ten years too", () => {
    const error = thrown(() => prepareSlaPolicies(policyWith({ hours: 1 }, { hours: 1e6 }) as never));
    expect([error.code, error.path]).toEqual(["too_big", ["policySet", "policies", 0, "targets", 0, "notBefore"]]);
  });

  it("ten years exactly, and a year, are accepted", () => {
    expect(prepareSlaPolicies(policyWith({ hours: 87_660 }) as never).policies[0]?.targets[0]?.durationMs).toBe(87_660 * 3_600_000);
    expect(prepareSlaPolicies(policyWith({ hours: 8_766 }) as never).policies[0]?.targets[0]?.durationMs).toBe(8_766 * 3_600_000);
  });

  it("the CLI rejects such a policy file with exit 2, naming the target", () => {
    const policies = JSON.stringify(policyWith({ hours: 1.5e6 }));
    const result = run(["sla", "--now", "2026-11-20T17:30:00Z", "--policies", "p.json"], {
      files: { "p.json": policies },
      stdin: '{"id":"A","createdAt":"2026-11-20T08:00:00Z","channel":"ticket"}\n',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`p.json: policies[0].targets[0].duration: ${TOO_LONG}; received 1500000 hours\n`);
  });
});
