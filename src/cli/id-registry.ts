/** Bytes per block of entries (1 MiB): an entry never spans two blocks. */
const BLOCK_BITS = 20;
const BLOCK = 1 << BLOCK_BITS;

/** Label kinds, in the label's header: its own text, `line N`, `record N`. */
const TEXT = 0;
const LINE = 1;
const RECORD = 2;
/** `line N` and `record N` are kept as their number up to this many digits; a longer one as text. */
const LARGEST_DIGITS = 9;
const ZERO = 48;

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

/** Whether every code unit of `text` fits one byte. */
function narrow(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Bytes of a variable-length unsigned integer, 7 bits a byte. */
function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size += 1;
  return size;
}

/** The number in `line N` or `record N` written plainly (digits only, no leading zero), or -1. */
function labelNumber(label: string, prefix: string): number {
  const digits = label.length - prefix.length;
  if (digits < 1 || digits > LARGEST_DIGITS || !label.startsWith(prefix)) return -1;
  if (digits > 1 && label.charCodeAt(prefix.length) === ZERO) return -1;
  let number = 0;
  for (let i = prefix.length; i < label.length; i++) {
    const digit = label.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * A set of ids with their labels that stays small for a million tickets, and out of the
 * JavaScript heap: every id and label is kept exactly (a repeated id is never a guess, as a set
 * of hashes would be), as bytes in blocks of 1 MiB, found through an open-addressing table of
 * their addresses. A `line N` or `record N` label is kept as its number. About 20 bytes per
 * ticket in all, none of them garbage-collected objects: a heap that held millions of small
 * strings would also be grown by the collector to a multiple of their size.
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
  // An entry: varint (id length × 2 + wide), the id's code units (one byte each, or two when
  // wide), varint (label number × 4 + kind) or, for a label kept as text, varint
  // ((length × 2 + wide) × 4) and its code units.
  const blocks: Uint8Array[] = [new Uint8Array(BLOCK)];
  let block = blocks[0] as Uint8Array;
  let used = 0;
  // Slots hold an entry's address + 1 (0: empty): its block × BLOCK + its offset in the block.
  // The table is kept at most half full.
  let slots = new Uint32Array(2048);
  let mask = slots.length - 1;

  // Reading: the bytes of one block, from `at`, which each read moves on.
  let bytes = block;
  let at = 0;
  const seek = (address: number): void => {
    bytes = blocks[Math.floor(address / BLOCK)] as Uint8Array;
    at = address % BLOCK;
  };
  const readVarint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  const readUnit = (wide: boolean): number => {
    const low = bytes[at++] as number;
    return wide ? low | ((bytes[at++] as number) << 8) : low;
  };
  const readText = (header: number): string => {
    const wide = header % 2 === 1;
    let text = "";
    for (let i = (header - (header % 2)) / 2; i > 0; i--) text += String.fromCharCode(readUnit(wide));
    return text;
  };
  // Whether the entry at `address` holds `id`; on true, reading is left at its label.
  const holds = (address: number, id: string): boolean => {
    seek(address);
    const header = readVarint();
    if ((header - (header % 2)) / 2 !== id.length) return false;
    const wide = header % 2 === 1;
    for (let i = 0; i < id.length; i++) if (readUnit(wide) !== id.charCodeAt(i)) return false;
    return true;
  };
  const hashAt = (address: number): number => {
    seek(address);
    const header = readVarint();
    const wide = header % 2 === 1;
    let hash = 0x811c9dc5;
    for (let i = (header - (header % 2)) / 2; i > 0; i--) hash = Math.imul(hash ^ readUnit(wide), 0x01000193);
    return hash | 0;
  };
  // The slot holding `id`, or -1 - the empty slot where it would go.
  const find = (id: string): number => {
    for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === 0) return -1 - slot;
      if (holds(held - 1, id)) return slot;
    }
  };
  const rehash = (): void => {
    const old = slots;
    slots = new Uint32Array(old.length * 2);
    mask = slots.length - 1;
    for (const held of old) {
      if (held === 0) continue;
      let slot = hashAt(held - 1) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = held;
    }
  };

  // Writing, at the end of the last block.
  const writeVarint = (value: number): void => {
    let rest = value;
    while (rest >= 0x80) {
      block[used++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    block[used++] = rest;
  };
  const writeText = (text: string, wide: boolean): void => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      block[used++] = unit & 0xff;
      if (wide) block[used++] = unit >>> 8;
    }
  };

  return {
    earlier: (id) => {
      const slot = find(id);
      if (slot < 0) return undefined;
      // find left reading at the label.
      const header = readVarint();
      const kind = header % 4;
      const rest = (header - kind) / 4;
      if (kind === LINE) return `line ${rest}`;
      if (kind === RECORD) return `record ${rest}`;
      return readText(rest);
    },
    add: (id, label) => {
      const found = find(id);
      // Stryker disable next-line ConditionalExpression: callers check earlier() first; claiming twice would hide the first label
      if (found >= 0) return;
      const idWide = !narrow(id);
      const idHeader = id.length * 2 + (idWide ? 1 : 0);
      const line = labelNumber(label, "line ");
      const record = line >= 0 ? -1 : labelNumber(label, "record ");
      const labelWide = line < 0 && record < 0 && !narrow(label);
      const labelHeader = line >= 0 ? line * 4 + LINE : record >= 0 ? record * 4 + RECORD : (label.length * 2 + (labelWide ? 1 : 0)) * 4 + TEXT;
      const size = varintSize(idHeader) + id.length * (idWide ? 2 : 1) + varintSize(labelHeader) + (line < 0 && record < 0 ? label.length * (labelWide ? 2 : 1) : 0);
      if (used + size > block.length) {
        // Addresses are 32-bit: 4 GiB of ids, some 200 million tickets.
        if (blocks.length >= 0xfff) throw new RangeError("support-policy: too many ticket ids to check for repeats");
        // A new block; an entry longer than a block gets one of its own size.
        block = new Uint8Array(Math.max(BLOCK, size));
        blocks.push(block);
        used = 0;
      }
      const address = (blocks.length - 1) * BLOCK + used;
      writeVarint(idHeader);
      writeText(id, idWide);
      writeVarint(labelHeader);
      if (line < 0 && record < 0) writeText(label, labelWide);
      slots[-1 - found] = address + 1;
      count += 1;
      if (count * 2 > slots.length) rehash();
    },
    size: () => count,
  };
}
