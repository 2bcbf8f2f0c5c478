// A worker thread of `support-policy sla --jobs N` (built as dist/sla-worker.js, beside the
// binary): it prepares the policies once, then answers each batch of records posted to it with
// one result per record, in order. After each answer, and after each record, it bumps a shared
// counter, which is how the command's thread, blocked in Atomics.wait, knows there is an answer
// or at least progress. Any error that is not a record's own becomes a `fatal` answer, so the
// command never waits on a worker that died.
import { type NodeMessagePort, nodeProcess as process } from "./node-process.js";
import type { SlaWorkerSetup } from "./sla-batch.js";
import type { InputRecord } from "./read-records.js";

const { workerData } = process.getBuiltinModule("node:worker_threads");
const { port, shared, setup } = workerData as {
  readonly port: NodeMessagePort;
  readonly shared: Int32Array;
  readonly setup: SlaWorkerSetup;
};

const answer = (message: unknown): void => {
  port.postMessage(message);
  Atomics.add(shared, 0, 1);
  Atomics.notify(shared, 0);
};
const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

try {
  // Imported here, not at the top, so that a failure to load the library is a fatal answer too.
  const { slaRecordEvaluator } = await import("./sla-batch.js");
  const evaluate = slaRecordEvaluator(setup);
  port.on("message", (message) => {
    try {
      const records = message as readonly InputRecord[];
      const results = [];
      for (const record of records) {
        results.push(evaluate(record));
        Atomics.add(shared, 1, 1);
      }
      answer({ results });
    } catch (error) {
      answer({ fatal: describe(error) });
    }
  });
} catch (error) {
  // The first batch posted is answered with the failure; the command then stops every worker.
  port.on("message", () => {
    answer({ fatal: describe(error) });
  });
}
