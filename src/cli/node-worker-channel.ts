import { nodeProcess as process } from "./node-process.js";
import type { WorkerChannel } from "./worker-channel.js";

/** Each wait for an answer wakes up this often to look at the worker's progress. */
const WAKE_MS = 1000;
/** A worker that has neither answered nor finished a record for this many wake-ups has stopped. */
const STALLED_AFTER = 120;

/**
 * Starts a worker thread running `script` with `setup` and returns the {@link WorkerChannel} to
 * it. The command line is synchronous, so `receive` blocks the thread: it waits in
 * `Atomics.wait` on a counter the worker bumps after each answer, then takes the answer with
 * `receiveMessageOnPort`. Its events never run while the command runs, so a worker that dies
 * without answering is noticed by its progress counter, bumped after every record, standing
 * still for two minutes. The worker is unreferenced: it never keeps the process alive.
 *
 * @param script - the worker's module (dist/sla-worker.js)
 * @param setup - the worker's setup, sent once (structured-cloned)
 * @returns the channel to the worker
 *
 * @example
 * ```ts
 * const channel = nodeWorkerChannel(new URL("./sla-worker.js", import.meta.url), setup);
 * channel.post(records);
 * channel.receive(); // => { results: [...] }
 * channel.close();
 * ```
 */
export function nodeWorkerChannel(script: URL, setup: unknown): WorkerChannel {
  const { Worker, MessageChannel, receiveMessageOnPort } = process.getBuiltinModule("node:worker_threads");
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(script, { workerData: { port: port2, shared, setup }, transferList: [port2] });
  worker.unref();
  return {
    post: (message) => {
      port1.postMessage(message);
    },
    receive: () => {
      let progress = Atomics.load(shared, 1);
      let still = 0;
      for (;;) {
        // Read the counter before looking, so an answer posted in between ends the wait at once.
        const seen = Atomics.load(shared, 0);
        const received = receiveMessageOnPort(port1);
        if (received !== undefined) return received.message;
        if (Atomics.wait(shared, 0, seen, WAKE_MS) !== "timed-out") continue;
        const now = Atomics.load(shared, 1);
        still = now === progress ? still + 1 : 0;
        progress = now;
        if (still >= STALLED_AFTER) throw new Error(`a worker thread stopped answering (no record evaluated for ${(STALLED_AFTER * WAKE_MS) / 1000} s)`);
      }
    },
    close: () => {
      port1.close();
      void worker.terminate();
    },
  };
}
