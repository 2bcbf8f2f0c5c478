/**
 * A line to one worker (a thread evaluating batches of records): messages posted to it are
 * answered in the order they were posted. The command line stays synchronous: `receive` waits
 * until the worker's next answer is there. `main.ts` builds these on Node's worker threads
 * ({@link nodeWorkerChannel}); tests may answer on the same thread.
 *
 * @example
 * ```ts
 * const channel: WorkerChannel = io.startWorker(setup);
 * channel.post({ records });
 * const answer = channel.receive();
 * channel.close();
 * ```
 */
export interface WorkerChannel {
  /** Sends a message to the worker. */
  readonly post: (message: unknown) => void;
  /** Waits for the worker's next answer and returns it; throws when the worker has stopped answering. */
  readonly receive: () => unknown;
  /** Stops the worker, whatever it is doing. */
  readonly close: () => void;
}
