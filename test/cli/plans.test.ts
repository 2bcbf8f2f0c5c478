import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { PLANS } from "../../src/shared/plan.js";
import { NOW, run } from "./harness.js";

const ticket = (id: string, plan: unknown) => ({ id, createdAt: "2026-11-20T09:00:00Z", channel: "ticket", severity: 2, organization: { plan } });

describe("the CLI reads plans by the one plan vocabulary", () => {
  it("sla and queue read every plan id (the programs oss, edu and startup included) as the library does", () => {
    const stdin = JSON.stringify(PLANS.map((plan, index) => ticket(`P-${String(index)}`, plan)));
    for (const command of ["sla", "queue"]) {
      const result = run([command, "-e", "2026", "--now", NOW, "--format", "json", ...(command === "queue" ? ["--agent", "ana"] : [])], { stdin });
      expect(result.stderr, command).toBe("");
      expect(result.status, command).toBe(EXIT_CODES.ok);
    }
  });

  it("an unknown plan is a bad record naming the plan received and the nearest plan", () => {
    const result = run(["sla", "-e", "2026", "--now", NOW], { stdin: JSON.stringify([ticket("P-1", "ultimat")]) });
    expect(result.status).toBe(EXIT_CODES.invalidRecords);
    expect(result.stderr.split("\n")[0]).toMatch(/^stdin: record 1 \(id "P-1"\): organization\.plan: Unknown plan "ultimat"; expected one of free, trial, oss, .*; did you mean "ultimate"\?$/);
  });

  it('"community_program" is refused, saying the programs are the plans oss, edu and startup', () => {
    const result = run(["explain"], { stdin: JSON.stringify({ kind: "escalation", now: NOW, situation: { edition: "2026", plan: "community_program" } }) });
    expect(result.status).toBe(EXIT_CODES.invalidRecords);
    expect(result.stderr.split("\n")[0]).toContain('situation.plan: Unknown plan "community_program": the community programs are plans of their own, "oss", "edu" and "startup"');
    const oss = run(["explain", "--format", "json"], { stdin: JSON.stringify({ kind: "escalation", now: NOW, situation: { edition: "2026", plan: "oss" } }) });
    expect(oss.status).toBe(EXIT_CODES.ok);
  });
});
