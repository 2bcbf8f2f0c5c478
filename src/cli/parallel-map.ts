import type { WorkerChannel } from "./worker-channel.js";

/**
 * Sends each item to a worker and yields every item with the worker's answer, in the order of
 * the items, with at most `depth` items waiting per worker: items go to the workers in turn
 * (item k to worker k mod n), and since a worker answers in the order it was asked, the oldest
 * item waiting is always answered by the next answer of its own worker. So the answers need no
 * reordering, and memory holds `depth × workers` items whatever the number of items.
 *
 * @param items - the items (batches of records), read only as the workers keep up
 * @param channels - the workers, at least one
 * @param depth - how many items each worker may hold at once (1 or more)
 * @returns each item with its answer, in item order
 *
 * @example
 * ```ts
 * for (const [batch, answer] of parallelMap(batches, channels, 2)) print(batch, answer);
 * ```
 */
export function* parallelMap<I>(items: Iterable<I>, channels: readonly WorkerChannel[], depth: number): Generator<readonly [I, unknown]> {
  const waiting: { readonly item: I; readonly channel: WorkerChannel }[] = [];
  let head = 0;
  let next = 0;
  const limit = channels.length * Math.max(1, depth);
  const oldest = (): readonly [I, unknown] => {
    const { item, channel } = waiting[head] as { readonly item: I; readonly channel: WorkerChannel };
    waiting[head] = undefined as never;
    head += 1;
    // A plain array used as a queue: dropped from the front now and then, so it stays small.
    if (head > 1024 && head * 2 > waiting.length) {
      waiting.splice(0, head);
      head = 0;
    }
    return [item, channel.receive()];
  };
  for (const item of items) {
    const channel = channels[next] as WorkerChannel;
    next = (next + 1) % channels.length;
    channel.post(item);
    waiting.push({ item, channel });
    if (waiting.length - head >= limit) yield oldest();
  }
  while (waiting.length - head > 0) yield oldest();
}
