/** Entries per block of text: a block is joined into one string once full. */
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;

/**
 * The ids already seen in an input, each with the label of the record that claimed it, to report
 * a repeated id. See {@link idRegistry}.
 *
 * @example
 * ```ts
 * const ids: IdRegistry = idRegistry();
 * ids.add("T-1", "line 1");
 * ids.earlier("T-1"); // => "line 1"
 * ```
 */
export interface IdRegistry {
  /** The label of the record that claimed `id`, or undefined when none has. */
  readonly earlier: (id: string) => string | undefined;
  /** Records that the record at `label` claimed `id` (which must not be claimed yet). */
  readonly add: (id: string, label: string) => void;
  /** How many ids are claimed. */
  readonly size: () => number;
}

/** FNV-1a over the UTF-16 code units: cheap, and spreads `T-1`, `T-2`, … well over the table. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function grown(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

/**
 * A set of ids with their labels that stays small for a million tickets: every id and label is
 * kept exactly (a repeated id is never a guess, as a set of hashes would be), but as text
 * joined into one string per 4,096 entries, found through an open-addressing table of typed
 * arrays, about 30 bytes per ticket beside the text instead of the hundred or more that a `Map`
 * of separate strings costs.
 *
 * @returns an empty registry
 *
 * @example
 * ```ts
 * const ids = idRegistry();
 * ids.earlier("T-1"); // => undefined
 * ids.add("T-1", "line 1");
 * ids.earlier("T-1"); // => "line 1"
 * ```
 */
export function idRegistry(): IdRegistry {
  let count = 0;
  // Per entry: the hash of its id, where its text starts in its block, and the id's and label's lengths.
  let hashes = new Int32Array(1024);
  let starts = new Int32Array(1024);
  let idLengths = new Int32Array(1024);
  let labelLengths = new Int32Array(1024);
  // Joined blocks, and the entries of the block being filled, each `id + label`.
  const blocks: string[] = [];
  let current: string[] = [];
  let offset = 0;
  // Slots hold entry + 1 (0: empty); the table is kept at most half full.
  let slots = new Int32Array(2048);
  let mask = slots.length - 1;

  const textOf = (entry: number): { readonly text: string; readonly start: number } => {
    const block = entry >>> BLOCK_BITS;
    if (block < blocks.length) return { text: blocks[block] as string, start: starts[entry] as number };
    return { text: current[entry & (BLOCK - 1)] as string, start: 0 };
  };
  const find = (id: string, hash: number): number => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === 0) return -1 - slot;
      const entry = held - 1;
      if (hashes[entry] === hash && idLengths[entry] === id.length) {
        const { text, start } = textOf(entry);
        if (text.startsWith(id, start)) return entry;
      }
    }
  };
  const rehash = (): void => {
    slots = new Int32Array(slots.length * 2);
    mask = slots.length - 1;
    for (let entry = 0; entry < count; entry++) {
      let slot = (hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
  };

  return {
    earlier: (id) => {
      const entry = find(id, hashOf(id));
      if (entry < 0) return undefined;
      const { text, start } = textOf(entry);
      const from = start + (idLengths[entry] as number);
      return text.slice(from, from + (labelLengths[entry] as number));
    },
    add: (id, label) => {
      const hash = hashOf(id);
      const found = find(id, hash);
      // Stryker disable next-line ConditionalExpression: callers check earlier() first; claiming twice would hide the first label
      if (found >= 0) return;
      if (count === hashes.length) {
        hashes = grown(hashes, count * 2);
        starts = grown(starts, count * 2);
        idLengths = grown(idLengths, count * 2);
        labelLengths = grown(labelLengths, count * 2);
      }
      const entry = count;
      count += 1;
      hashes[entry] = hash;
      starts[entry] = offset;
      idLengths[entry] = id.length;
      labelLengths[entry] = label.length;
      current.push(id + label);
      offset += id.length + label.length;
      if (current.length === BLOCK) {
        blocks.push(current.join(""));
        current = [];
        offset = 0;
      }
      slots[-1 - found] = entry + 1;
      if (count * 2 > slots.length) rehash();
    },
    size: () => count,
  };
}
