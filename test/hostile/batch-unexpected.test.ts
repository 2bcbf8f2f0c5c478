// An error that is a bug, raised while evaluating one record, costs that record only: the SLA
// engine is replaced by one that throws a plain Error for the ticket "BOOM" and is the real one for
// every other ticket (so the replacement changes nothing elsewhere).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Result } from "../cli/harness.js";

const ENGINE = "../../src/sla/evaluate-sla.js";
let run: (args: readonly string[], options: { stdin: string }) => Result;

// Test files share a worker's modules, so the CLI is loaded afresh, after the replacement, and
// both are dropped afterwards so no other file sees them.
beforeAll(async () => {
  vi.resetModules();
  vi.doMock(ENGINE, async (importOriginal) => {
    const original = await importOriginal<typeof import("../../src/sla/evaluate-sla.js")>();
    return {
      ...original,
      evaluateSla: (...args: Parameters<typeof original.evaluateSla>) => {
        if (args[0].id === "BOOM") throw new TypeError("Cannot read properties of undefined (reading 'x')");
        return original.evaluateSla(...args);
      },
    };
  });
  ({ run } = await import("../cli/harness.js"));
});

afterAll(() => {
  vi.doUnmock(ENGINE);
  vi.resetModules();
});

const NOW = "2026-11-20T17:30:00Z";
const A = '{"id":"A","createdAt":"2026-11-20T08:00:00Z","channel":"ticket"}';
const BOOM = '{"id":"BOOM","createdAt":"2026-11-20T09:00:00Z","channel":"ticket"}';
const LINE = 'stdin: line 2 (id "BOOM"): internal error (a bug: please report it with this record): TypeError: Cannot read properties of undefined (reading \'x\')\n';

describe("an unexpected error while evaluating one record", () => {
  it("with --keep-going: reported on the record's line, the valid records evaluated, exit 1", () => {
    const clean = run(["sla", "--now", NOW, "--format", "json"], { stdin: `${A}\n` });
    const result = run(["sla", "--now", NOW, "--format", "json", "--keep-going"], { stdin: `${A}\n${BOOM}\n` });
    expect(result).toEqual({ status: 1, stdout: clean.stdout, stderr: LINE });
  });

  it("without --keep-going: reported on the record's line, nothing evaluated, exit 1", () => {
    const result = run(["sla", "--now", NOW], { stdin: `${A}\n${BOOM}\n` });
    expect(result).toEqual({ status: 1, stdout: "", stderr: `${LINE}1 invalid record(s) in stdin; nothing evaluated (use --keep-going to evaluate the valid ones)\n` });
  });

  it("the queue orders the valid records all the same", () => {
    const clean = run(["queue", "--now", NOW, "--agent", "maria"], { stdin: `${A}\n` });
    const result = run(["queue", "--now", NOW, "--agent", "maria", "--keep-going"], { stdin: `${A}\n${BOOM}\n` });
    expect(result).toEqual({ status: 1, stdout: clean.stdout, stderr: LINE });
  });
});
