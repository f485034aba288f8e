/**
 * Open-addressing hash table of trie edges: (parent node, unit hash) → child
 * node. Slots are interleaved [hash, parent, child, spare] in one Int32Array
 * so a probe touches one cache line; child 0 marks an empty slot (node 0 is
 * the root and is never a child). Linear probing, load factor ≤ 0.5.
 *
 * Root edges are also summarised in a bit filter small enough to stay in
 * cache: most page words start no name, and the filter rejects them without
 * touching the big table.
 */

/** Multiplier mixing the parent node into the slot. */
export const PARENT_MIX = 0x27d4eb2d;
/** Fibonacci hashing multiplier. */
export const SLOT_MIX = 0x9e3779b1 | 0;
/** log2 of the root filter size in bits (2^21 bits = 256 KiB). */
export const ROOT_FILTER_BITS = 21;

/** Slot of (parent, hash) in a table of 2^(32 - shift) slots. */
export function slotOf(parent: number, hash: number, shift: number): number {
  return Math.imul(hash ^ Math.imul(parent, PARENT_MIX), SLOT_MIX) >>> shift;
}

/** Multiplier spreading root hashes over the filter. */
export const ROOT_MIX = 0x85ebca6b | 0;

/** Bit index of a root unit hash in the root filter. */
export function rootBit(hash: number): number {
  return Math.imul(hash, ROOT_MIX) >>> (32 - ROOT_FILTER_BITS);
}

/** A growable edge table. */
export class EdgeTable {
  /** Interleaved slots: [hash, parent, child, 0] × size. */
  slots: Int32Array;
  mask: number;
  shift: number;
  size = 0;
  /** One bit per root-edge hash bucket (filled by {@link buildRootFilter}). */
  rootFilter: Int32Array = new Int32Array(1 << (ROOT_FILTER_BITS - 5));

  constructor(expected: number) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** Child of `parent` through unit `hash`, or 0. */
  get(parent: number, hash: number): number {
    const { mask, slots } = this;
    let s = slotOf(parent, hash, this.shift);
    for (;;) {
      const o = s << 2;
      const c = slots[o + 2]!;
      if (c === 0) return 0;
      if (slots[o] === hash && slots[o + 1] === parent) return c;
      s = (s + 1) & mask;
    }
  }

  /** Adds an edge; the caller guarantees it is new. */
  add(parent: number, hash: number, child: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const { mask, slots } = this;
    let s = slotOf(parent, hash, this.shift);
    while (slots[(s << 2) + 2] !== 0) s = (s + 1) & mask;
    const o = s << 2;
    slots[o] = hash;
    slots[o + 1] = parent;
    slots[o + 2] = child;
    this.size++;
  }

  /** Fills the root filter from the root edges. */
  buildRootFilter(): void {
    const filter = new Int32Array(1 << (ROOT_FILTER_BITS - 5));
    const { slots } = this;
    for (let o = 0; o < slots.length; o += 4) {
      if (slots[o + 2] !== 0 && slots[o + 1] === 0) {
        const b = rootBit(slots[o]!);
        filter[b >>> 5]! |= 1 << (b & 31);
      }
    }
    this.rootFilter = filter;
  }

  private grow(): void {
    const old = this.slots;
    const bits = 32 - this.shift + 1;
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.size = 0;
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 2] !== 0) this.add(old[o + 1]!, old[o]!, old[o + 2]!);
    }
  }
}
