/**
 * Open-addressing hash table of trie edges: (parent node, unit hash) → child
 * node. Slots are interleaved [hash, parent, child, info] in one Int32Array
 * so a probe touches one cache line; child 0 marks an empty slot (node 0 is
 * the root and is never a child). `info` holds the child's {@link NodeInfo}
 * bits, so the scanner never leaves the slot to learn whether an alias ends
 * at the child or continues from it. Linear probing, load factor ≤ 2/3
 * (a probe still reads one or two cache lines; a smaller table faults in
 * fewer fresh pages at load).
 *
 * Root edges are also summarised in a bit filter small enough to stay in
 * cache: most page words start no name, and the filter rejects them without
 * touching the big table.
 */

/** Bits of a slot's `info` word, describing its child node. */
export const NodeInfo = {
  /** At least one alias ends at the node. */
  Terminal: 1,
  /** The node has children: a longer alias continues from it. */
  HasKids: 2,
} as const;

/** Multiplier mixing the parent node into the slot. */
export const PARENT_MIX = 0x27d4eb2d;
/** Fibonacci hashing multiplier. */
export const SLOT_MIX = 0x9e3779b1 | 0;
/**
 * log2 of the largest root filter in bits (2^21 bits = 256 KiB). A small KB
 * gets a filter of about 32 bits per root word instead (at least 2^10 bits),
 * which stays in L1 cache: the bundled KB's filter is 1 KiB, not 256 KiB of
 * cache misses.
 */
export const ROOT_FILTER_BITS = 21;
const MIN_ROOT_FILTER_BITS = 10;

/** Slot of (parent, hash) in a table of 2^(32 - shift) slots. */
export function slotOf(parent: number, hash: number, shift: number): number {
  return Math.imul(hash ^ Math.imul(parent, PARENT_MIX), SLOT_MIX) >>> shift;
}

/**
 * Multipliers spreading root hashes over the filter: two bits per root hash
 * (a Bloom filter with k = 2). At 100,000 root words, one bit let ~12% of
 * the bench's page words through to a cache-missing table probe, two bits
 * under 1%.
 */
export const ROOT_MIX = 0x85ebca6b | 0;
export const ROOT_MIX2 = 0xc2b2ae35 | 0;

/** A growable edge table. */
export class EdgeTable {
  /** Interleaved slots: [hash, parent, child, info] × size. */
  slots: Int32Array;
  mask: number;
  shift: number;
  size = 0;
  /** Two bits per root edge's unit hash (see {@link ROOT_MIX}); set by {@link addAll}. */
  rootFilter: Int32Array = new Int32Array(1 << (MIN_ROOT_FILTER_BITS - 5));
  /** A bit index into {@link rootFilter} is a mixed hash `>>> rootShift`. */
  rootShift = 32 - MIN_ROOT_FILTER_BITS;

  constructor(expected: number) {
    let bits = 4;
    while ((1 << bits) * 2 < expected * 3) bits++;
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** False if no root edge has unit hash `hash` (true: maybe one has), from the filter alone. */
  mayBeRoot(hash: number): boolean {
    const { rootFilter, rootShift } = this;
    const b = Math.imul(hash, ROOT_MIX) >>> rootShift;
    if ((rootFilter[b >>> 5]! & (1 << (b & 31))) === 0) return false;
    const b2 = Math.imul(hash, ROOT_MIX2) >>> rootShift;
    return (rootFilter[b2 >>> 5]! & (1 << (b2 & 31))) !== 0;
  }

  /** Info word of the edge from `parent` through unit `hash`, or -1 if there is none. */
  infoOf(parent: number, hash: number): number {
    const { mask, slots } = this;
    let s = slotOf(parent, hash, this.shift);
    for (;;) {
      const o = s << 2;
      if (slots[o + 2] === 0) return -1;
      if (slots[o] === hash && slots[o + 1] === parent) return slots[o + 3]!;
      s = (s + 1) & mask;
    }
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
  add(parent: number, hash: number, child: number, info = 0): void {
    if ((this.size + 1) * 3 > (this.mask + 1) * 2) this.grow();
    const { mask, slots } = this;
    let s = slotOf(parent, hash, this.shift);
    while (slots[(s << 2) + 2] !== 0) s = (s + 1) & mask;
    const o = s << 2;
    slots[o] = hash;
    slots[o + 1] = parent;
    slots[o + 2] = child;
    slots[o + 3] = info;
    this.size++;
  }

  /**
   * Adds edges `i` = 0 … n - 1 (parent `parents[i]`, unit `hashes[i]`, child
   * `i + 1` with info `infos[i + 1]`), all new. Inserted in order of home
   * slot, so the writes sweep the table once instead of missing the cache per
   * edge. Plain loops without calls: at page start this code is still cold.
   */
  addAll(parents: Int32Array, hashes: Int32Array, infos: Int32Array): void {
    const n = parents.length;
    while ((this.size + n) * 3 > (this.mask + 1) * 2) this.grow();
    const { shift, mask, slots } = this;
    const tableBits = 32 - shift;
    const bucketShift = Math.max(0, tableBits - 16);
    // Counting sort by home slot into one interleaved array: a scatter of one
    // cache line per edge, then a sequential read. Gathering the sorted edges
    // from four separate arrays missed the cache four times per edge.
    const bucketStart = new Int32Array((1 << Math.min(16, tableBits)) + 1);
    for (let i = 0; i < n; i++) {
      const s = Math.imul(hashes[i]! ^ Math.imul(parents[i]!, PARENT_MIX), SLOT_MIX) >>> shift;
      bucketStart[(s >>> bucketShift) + 1]!++;
    }
    for (let b = 1; b < bucketStart.length; b++) bucketStart[b]! += bucketStart[b - 1]!;
    const sorted = new Int32Array(n * 4);
    for (let i = 0; i < n; i++) {
      const h = hashes[i]!;
      const p = parents[i]!;
      const s = Math.imul(h ^ Math.imul(p, PARENT_MIX), SLOT_MIX) >>> shift;
      const o = bucketStart[s >>> bucketShift]!++ << 2;
      sorted[o] = h;
      sorted[o + 1] = p;
      sorted[o + 2] = i + 1;
      sorted[o + 3] = infos[i + 1]!;
    }
    let roots = 0;
    for (let i = 0; i < n; i++) if (parents[i] === 0) roots++;
    let filterBits = MIN_ROOT_FILTER_BITS;
    while (filterBits < ROOT_FILTER_BITS && 1 << filterBits < roots * 32) filterBits++;
    const rootShift = 32 - filterBits;
    const rootFilter = new Int32Array(1 << (filterBits - 5));
    this.rootFilter = rootFilter;
    this.rootShift = rootShift;
    for (let e = 0; e < sorted.length; e += 4) {
      const h = sorted[e]!;
      const p = sorted[e + 1]!;
      let s = Math.imul(h ^ Math.imul(p, PARENT_MIX), SLOT_MIX) >>> shift;
      while (slots[(s << 2) + 2] !== 0) s = (s + 1) & mask;
      const o = s << 2;
      slots[o] = h;
      slots[o + 1] = p;
      slots[o + 2] = sorted[e + 2]!;
      slots[o + 3] = sorted[e + 3]!;
      if (p === 0) {
        const b = Math.imul(h, ROOT_MIX) >>> rootShift;
        rootFilter[b >>> 5]! |= 1 << (b & 31);
        const b2 = Math.imul(h, ROOT_MIX2) >>> rootShift;
        rootFilter[b2 >>> 5]! |= 1 << (b2 & 31);
      }
    }
    this.size += n;
  }

  private grow(): void {
    const old = this.slots;
    const bits = 32 - this.shift + 1;
    this.slots = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.size = 0;
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 2] !== 0) this.add(old[o + 1]!, old[o]!, old[o + 2]!, old[o + 3]);
    }
  }
}
