import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { jobsOption } from "../../src/cli/jobs-option.js";
import { parallelMap } from "../../src/cli/parallel-map.js";
import { type SlaWorkerSetup, slaRecordEvaluator } from "../../src/cli/sla-batch.js";
import type { InputRecord } from "../../src/cli/read-records.js";
import type { WorkerChannel } from "../../src/cli/worker-channel.js";
import { fc, test } from "../support/property.js";
import { NOW, SAMPLE, run } from "./harness.js";

/** Workers that answer on this thread, each with its own queue of answers, and a log of what happened. */
function sameThreadWorkers(log: string[] = [], fail?: { readonly afterBatches: number }): Pick<CliIo, "startWorker" | "parallelism"> {
  let started = 0;
  let batches = 0;
  return {
    parallelism: 3,
    startWorker: (setup: SlaWorkerSetup): WorkerChannel => {
      const name = `worker ${started++}`;
      log.push(`${name} started`);
      const evaluate = slaRecordEvaluator(setup);
      const answers: unknown[] = [];
      return {
        post: (message) => {
          batches += 1;
          const records = message as readonly InputRecord[];
          answers.push(fail !== undefined && batches > fail.afterBatches ? { fatal: "Error: out of luck" } : { results: records.map(evaluate) });
        },
        receive: () => answers.shift(),
        close: () => log.push(`${name} closed`),
      };
    },
  };
}

const line = (record: unknown): string => `${JSON.stringify(record)}\n`;
const ticket = (i: number): Record<string, unknown> => ({ ...SAMPLE[i % SAMPLE.length], id: `T-${i}` });

describe("--jobs: how many worker threads evaluate sla's records", () => {
  it("is 1 when absent, a whole number from 1 to 256, or auto for the machine's threads", () => {
    expect(jobsOption(undefined, 8)).toBe(1);
    expect(jobsOption("1", 8)).toBe(1);
    expect(jobsOption("16", 2)).toBe(16);
    expect(jobsOption("256", 2)).toBe(256);
    expect(jobsOption("auto", 8)).toBe(8);
    expect(jobsOption("auto", 0)).toBe(1);
    expect(jobsOption("auto", 1000)).toBe(256);
  });

  it.each(["0", "-2", "1.5", "two", "", "257", "0x10"])("refuses %j with a usage error (exit 2) that says what it expects", (value) => {
    const result = run(["sla", "examples/tickets.json", "--now", NOW, `--jobs=${value}`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`--jobs: expected a whole number of worker threads from 1 to 256, or "auto", received ${JSON.stringify(value)}\n`);
  });

  it("starts that many workers, sends them the records in batches, and stops every one at the end", () => {
    const log: string[] = [];
    const ndjson = Array.from({ length: 300 }, (_, i) => line(ticket(i))).join("");
    const result = run(["sla", "-", "--now", NOW, "--format", "ndjson", "--jobs", "auto"], { stdin: ndjson, workers: sameThreadWorkers(log) });
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n").filter((l) => l !== "")).toHaveLength(300);
    expect(log).toEqual(["worker 0 started", "worker 1 started", "worker 2 started", "worker 0 closed", "worker 1 closed", "worker 2 closed"]);
  });

  it("without workers to start (no worker threads), evaluates on the command's own thread, with the same output", () => {
    const one = run(["sla", "examples/tickets.json", "--now", NOW]);
    const many = run(["sla", "examples/tickets.json", "--now", NOW, "--jobs", "4"]);
    expect(many).toEqual(one);
  });

  it("under --from zendesk, imports the export on the command's own thread: no worker is started", () => {
    const log: string[] = [];
    const one = run(["sla", "--from", "zendesk", "examples/zendesk", "--now", "2026-11-25T18:00:00Z"]);
    const many = run(["sla", "--from", "zendesk", "examples/zendesk", "--now", "2026-11-25T18:00:00Z", "--jobs", "2"], { workers: sameThreadWorkers(log) });
    expect(many).toEqual(one);
    expect(log).toEqual([]);
  });

  it("a worker's own failure is an internal error, never a partial answer, and every worker is stopped", () => {
    const log: string[] = [];
    const ndjson = Array.from({ length: 2000 }, (_, i) => line(ticket(i))).join("");
    expect(() => run(["sla", "-", "--now", NOW, "--jobs", "2"], { stdin: ndjson, workers: sameThreadWorkers(log, { afterBatches: 3 }) })).toThrow("a worker thread failed: Error: out of luck");
    expect(log.filter((entry) => entry.endsWith("closed"))).toEqual(["worker 0 closed", "worker 1 closed"]);
  });

  it("with the policies of a file, each worker prepares the same policies from the file's text", () => {
    const args = ["sla", "examples/tickets.json", "--now", NOW, "--policies", "examples/policies.json", "--format", "json"];
    expect(run([...args, "--jobs", "2"], { workers: sameThreadWorkers() })).toEqual(run(args));
  });

  // Records of every kind, so batches of 128 mix them: valid tickets, lines that are not JSON,
  // records failing the schema, repeated ids (of a valid, of an invalid and of a later ticket),
  // and blank lines. More than 1,000 records sometimes, so the held-back first ones are passed.
  const record = fc.oneof(
    { weight: 8, arbitrary: fc.nat(SAMPLE.length * 4).map((i) => line(ticket(i))) },
    { weight: 1, arbitrary: fc.constant("{not json\n") },
    { weight: 1, arbitrary: fc.nat(50).map((i) => line({ ...ticket(i), createdAt: "yesterday" })) },
    { weight: 1, arbitrary: fc.constant("\n") },
  );
  const input = fc.oneof(fc.array(record, { maxLength: 300 }), fc.array(record, { minLength: 1000, maxLength: 1300 }));
  test.prop([input, fc.constantFrom("table", "json", "ndjson"), fc.boolean(), fc.integer({ min: 2, max: 3 })], { numRuns: 12, endOnFailure: true })(
    "prints exactly what one thread prints, on stdout and stderr, with the same exit code, for any mix of good and bad records",
    (lines, format, keepGoing, jobs) => {
      const stdin = lines.join("");
      const args = ["sla", "-", "--now", NOW, "--format", format, ...(keepGoing ? ["--keep-going"] : [])];
      let one;
      try {
        one = run(args, { stdin });
      } catch (error) {
        // An input that is all blank lines is a usage error either way.
        expect(() => run([...args, "--jobs", String(jobs)], { stdin, workers: sameThreadWorkers() })).toThrow((error as Error).message);
        return;
      }
      expect(run([...args, "--jobs", String(jobs)], { stdin, workers: sameThreadWorkers() })).toEqual(one);
    },
    120_000,
  );
});

describe("queue --jobs: the tickets' SLAs evaluated on worker threads, the order on this one", () => {
  it("starts that many workers, stops every one, and prints the queue --jobs 1 prints, byte for byte", () => {
    const log: string[] = [];
    const stdin = Array.from({ length: 300 }, (_, i) => line(ticket(i))).join("");
    for (const format of ["table", "json", "ndjson"]) {
      const args = ["queue", "-", "--agent", "maria", "--region", "emea", "--now", NOW, "--format", format];
      expect(run([...args, "--jobs", "auto"], { stdin, workers: sameThreadWorkers(log) })).toEqual(run(args, { stdin }));
    }
    expect(log.slice(0, 6)).toEqual(["worker 0 started", "worker 1 started", "worker 2 started", "worker 0 closed", "worker 1 closed", "worker 2 closed"]);
  });

  it("with the policies of a file, each worker prepares the same policies from the file's text", () => {
    const args = ["queue", "examples/tickets.json", "--agent", "kenji", "--edition", "2016", "--now", NOW, "--policies", "examples/policies.json", "--format", "ndjson"];
    expect(run([...args, "--jobs", "2"], { workers: sameThreadWorkers() })).toEqual(run(args));
  });

  it("under --from zendesk, imports the export on the command's own thread: no worker is started", () => {
    const log: string[] = [];
    const args = ["queue", "--from", "zendesk", "examples/zendesk", "--agent", "maria", "--now", "2026-11-25T18:00:00Z"];
    expect(run([...args, "--jobs", "2"], { workers: sameThreadWorkers(log) })).toEqual(run(args));
    expect(log).toEqual([]);
  });

  const record = fc.oneof(
    { weight: 8, arbitrary: fc.nat(SAMPLE.length * 4).map((i) => line(ticket(i))) },
    { weight: 1, arbitrary: fc.constant("{not json\n") },
    { weight: 1, arbitrary: fc.nat(50).map((i) => line({ ...ticket(i), createdAt: "yesterday" })) },
  );
  test.prop([fc.array(record, { minLength: 1, maxLength: 300 }), fc.constantFrom("table", "json", "ndjson"), fc.boolean(), fc.integer({ min: 2, max: 3 })], { numRuns: 10, endOnFailure: true })(
    "prints exactly what one thread prints, on stdout and stderr, with the same exit code, for any mix of good, bad and repeated records",
    (lines, format, keepGoing, jobs) => {
      const stdin = lines.join("");
      const args = ["queue", "-", "--agent", "maria", "--now", NOW, "--format", format, ...(keepGoing ? ["--keep-going"] : [])];
      expect(run([...args, "--jobs", String(jobs)], { stdin, workers: sameThreadWorkers() })).toEqual(run(args, { stdin }));
    },
    120_000,
  );
});

describe("parallelMap: items to workers in turn, answers in item order", () => {
  it("keeps at most depth × workers items waiting, and yields every item with its own worker's answer", () => {
    const posted: string[] = [];
    const channel = (name: string): WorkerChannel => {
      const queue: string[] = [];
      return {
        post: (item) => {
          posted.push(`${name}:${String(item)}`);
          queue.push(`${name} did ${String(item)}`);
        },
        receive: () => queue.shift(),
        close: () => undefined,
      };
    };
    const seen: string[] = [];
    for (const [item, answer] of parallelMap([1, 2, 3, 4, 5], [channel("a"), channel("b")], 1)) {
      seen.push(`${item} ${String(answer)} after ${posted.length} posted`);
    }
    expect(seen).toEqual(["1 a did 1 after 2 posted", "2 b did 2 after 3 posted", "3 a did 3 after 4 posted", "4 b did 4 after 5 posted", "5 a did 5 after 5 posted"]);
  });
});

describe("--verbose with --jobs: a bad record's problems are listed the same on worker threads", () => {
  const stdin = [ticket(0), { id: "T-9", createdAt: "nope", channel: "fax", plan: 3 }, ticket(1)].map(line).join("");

  it.each([["sla"], ["queue", "--agent", "maria", "--region", "emea"]])("%s --jobs 2 --verbose prints the same bytes as --jobs 1 --verbose, every issue on its own line", (...command) => {
    const args = [...command, "-", "--now", NOW, "--keep-going", "--verbose"];
    const one = run([...args, "--jobs", "1"], { stdin });
    expect(one.stderr).toContain('stdin: line 2 (id "T-9"): 3 problems:\n  createdAt: ');
    expect(one.stderr).toContain('\n  plan: Unknown key "plan"; allowed: "id", ');
    expect(run([...args, "--jobs", "2"], { stdin, workers: sameThreadWorkers() })).toEqual(one);
  });
});
