/**
 * The hot loop: one pass over the text, one typed-array read per code unit,
 * one cached bit test per word (most words start no name). Returns every
 * span where a path through the alias trie ends (all lengths: the resolver
 * needs the shorter ones when a longer one is rejected). No rules here; see
 * ./resolve.ts.
 *
 * Imported values are copied to module constants: bundlers that emit CommonJS
 * (tsx, vitest) turn each imported binding into a getter call, which costs
 * more than the rest of the per-character work.
 */
import * as fold from '../text/fold';
import * as edge from './edge-table';
import { IntBuffer } from './int-buffer';
import * as loaded from './load';
import type { MatcherTables } from './load';
import * as units from './units';

const CF = fold.classFoldTable;
const UPPER = fold.upperTable;
const classify = fold.classify;
const WORD = fold.CharClass.Word;
const IGNORABLE = fold.CharClass.Ignorable;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;
const APOSTROPHE = fold.CharClass.Apostrophe;
const FNV_OFFSET = units.FNV_OFFSET;
const FNV_PRIME = units.FNV_PRIME;
const PUNCT_SEED = units.PUNCT_SEED;
const PARENT_MIX = edge.PARENT_MIX;
const SLOT_MIX = edge.SLOT_MIX;
const ROOT_MIX = edge.ROOT_MIX;
const ROOT_MIX2 = edge.ROOT_MIX2;
const TERMINAL = edge.NodeInfo.Terminal;
const HAS_KIDS = edge.NodeInfo.HasKids;
const INFO_SHIFT = loaded.INFO_SHIFT;
const LOWER_S = 115;
/** Most units the scanner follows at once (names in progress). */
const MAX_ACTIVE = 64;

/** Class of code unit `c` << 16 | its folded code unit. */
function classFold(c: number): number {
  const v = CF[c]!;
  if (v !== 0) return v;
  classify(c);
  return CF[c]!;
}

/** Names in progress: trie node and start offset of each. */
export interface Active {
  node: Int32Array;
  start: Int32Array;
  n: number;
}

/** Slot offset of the edge from `parent` through `hash`, or -1. */
function probe(
  slots: Int32Array,
  mask: number,
  shift: number,
  parent: number,
  hash: number,
): number {
  let s = Math.imul(hash ^ Math.imul(parent, PARENT_MIX), SLOT_MIX) >>> shift;
  for (;;) {
    const o = s << 2;
    if (slots[o + 2] === 0) return -1;
    if (slots[o] === hash && slots[o + 1] === parent) return o;
    s = (s + 1) & mask;
  }
}

/** Follows one unit from every active name; drops the ones that cannot continue. */
function advance(
  t: MatcherTables,
  out: IntBuffer,
  act: Active,
  hash: number,
  end: number,
  keep: boolean,
): void {
  const { slots, mask, shift } = t.edges;
  let w = 0;
  for (let a = 0; a < act.n; a++) {
    const o = probe(slots, mask, shift, act.node[a]!, hash);
    if (o < 0) continue;
    const info = slots[o + 3]!;
    if ((info & TERMINAL) !== 0) out.push3(act.start[a]!, end, info >>> INFO_SHIFT);
    if (keep && (info & HAS_KIDS) !== 0) {
      act.node[w] = slots[o + 2]!;
      act.start[w] = act.start[a]!;
      w++;
    }
  }
  if (keep) act.n = w;
}

/** Starts a name at a word whose hash passed the root filter. */
function fromRoot(
  t: MatcherTables,
  out: IntBuffer,
  act: Active,
  hash: number,
  start: number,
  end: number,
  keep: boolean,
): void {
  const { slots, mask, shift } = t.edges;
  const o = probe(slots, mask, shift, 0, hash);
  if (o >= 0) fromRootSlot(slots, out, act, o, start, end, keep);
}

/** {@link fromRoot} once the root edge is found at slot offset `o`. */
function fromRootSlot(
  slots: Int32Array,
  out: IntBuffer,
  act: Active,
  o: number,
  start: number,
  end: number,
  keep: boolean,
): void {
  const info = slots[o + 3]!;
  if ((info & TERMINAL) !== 0) out.push3(start, end, info >>> INFO_SHIFT);
  if (keep && (info & HAS_KIDS) !== 0 && act.n < MAX_ACTIVE) {
    act.node[act.n] = slots[o + 2]!;
    act.start[act.n] = start;
    act.n++;
  }
}

/** {@link fromRoot} from home slot `s`, whose slot is known not to be empty. */
function rootAt(
  slots: Int32Array,
  mask: number,
  out: IntBuffer,
  act: Active,
  s: number,
  hash: number,
  start: number,
  end: number,
): void {
  for (;;) {
    const o = s << 2;
    if (slots[o] === hash && slots[o + 1] === 0) {
      fromRootSlot(slots, out, act, o, start, end, true);
      return;
    }
    s = (s + 1) & mask;
    if (slots[(s << 2) + 2] === 0) return;
  }
}

/** "Erdogans'" (plural possessive): the word without its final s, reported but never continued. */
function possessive(
  t: MatcherTables,
  out: IntBuffer,
  act: Active,
  text: string,
  start: number,
  end: number,
): void {
  if (end - start < 2 || (classFold(text.charCodeAt(end - 1)) & 0xffff) !== LOWER_S) return;
  let h = FNV_OFFSET;
  for (let i = start; i < end - 1; i++) {
    const v = classFold(text.charCodeAt(i));
    if (v >>> 16 === WORD) h = Math.imul(h ^ (v & 0xffff), FNV_PRIME);
  }
  if (act.n > 0) advance(t, out, act, h, end - 1, false);
  fromRoot(t, out, act, h, start, end - 1, false);
}

/**
 * "Putins", "Russlands": a capitalised word ending in "s", whose hash
 * without it is `before`, as the name without the "s" (reported, never
 * continued). The rules judge the span like any other.
 */
function genitive(
  t: MatcherTables,
  out: IntBuffer,
  act: Active,
  before: number,
  start: number,
  end: number,
): void {
  if (end - start < 3) return;
  if (act.n > 0) advance(t, out, act, before, end - 1, false);
  const e = t.edges;
  const b = Math.imul(before, ROOT_MIX) >>> e.rootShift;
  if ((e.rootFilter[b >>> 5]! & (1 << (b & 31))) === 0) return;
  fromRoot(t, out, act, before, start, end - 1, false);
}

/** Names in progress, for {@link scanBlock}: make one per text and pass it to each call. */
export function newActive(): Active {
  return { node: new Int32Array(MAX_ACTIVE), start: new Int32Array(MAX_ACTIVE), n: 0 };
}

/**
 * Candidate spans as a flat list of (start, end, record) triples, in order
 * of `end`. `start`/`end` are offsets into `text`; `record` is the offset in
 * `t.records` of the first alias ending there. Written into `out` (emptied
 * first); the result is a view of it. The offsets of the line breaks go
 * into `breaks`, for the rules.
 */
export function scanCandidates(
  t: MatcherTables,
  text: string,
  out?: IntBuffer,
  breaks?: IntBuffer,
): Int32Array {
  const capacity = 1024 + (text.length >> 6);
  const into = out ? out.clear(capacity) : new IntBuffer(capacity);
  scanBlock(t, text, 0, 0x7fffffff, into, breaks ? breaks.clear() : new IntBuffer(), newActive());
  return into.view();
}

/**
 * Scans text[from…] (`from` is 0 or a value this function returned), adding
 * candidates to `out` and line breaks to `breaks` as {@link scanCandidates}
 * does, until it has passed a line break at or after `stopAfter`; returns
 * where to resume, or `text.length` once done. A caller checks the
 * candidates found so far between calls, while their text is still in cache.
 * A line break ends every name in progress, so nothing but the offset
 * carries over from one call to the next.
 */
export function scanBlock(
  t: MatcherTables,
  text: string,
  from: number,
  stopAfter: number,
  out: IntBuffer,
  breaks: IntBuffer,
  act: Active,
): number {
  act.n = 0;
  const filter = t.edges.rootFilter;
  const rootShift = t.edges.rootShift;
  const n = text.length;
  const { slots, mask, shift } = t.edges;
  // A word's root edge is looked up one unit late: its home slot is read at
  // once, so the cache miss that read usually is overlaps the next word's
  // hashing instead of stalling the scan. Nothing reads `act` or `out` in
  // between.
  let pendSlot = -1;
  let pendChild = 0;
  let pendHash = 0;
  let pendStart = 0;
  let pendEnd = 0;
  let i = from;
  while (i < n) {
    let v = CF[text.charCodeAt(i)]!;
    if (v >>> 16 === WORD) {
      // A word: hash it in a tight loop of its own (most of the text is
      // words). "Not classified yet" (0) is tested only after the classes:
      // it is rare once a page's characters have been seen.
      const tokStart = i;
      let h = Math.imul(FNV_OFFSET ^ (v & 0xffff), FNV_PRIME);
      // The hash before the last word character, and that character: a
      // capitalised word ending in "s" may be a name's genitive ("Putins",
      // "Russlands" in German, Dutch and the Nordic languages).
      let before = FNV_OFFSET;
      let last = v & 0xffff;
      let ignorables = false;
      for (i++; i < n; i++) {
        v = CF[text.charCodeAt(i)]!;
        const k = v >>> 16;
        if (k === WORD) {
          before = h;
          last = v & 0xffff;
          h = Math.imul(h ^ last, FNV_PRIME);
        } else if (k === IGNORABLE) {
          ignorables = true;
        } else {
          if (v !== 0) break;
          classFold(text.charCodeAt(i));
          i--; // Read it again, classified.
        }
      }
      // The word ends after its last word character: a soft hyphen or
      // zero-width character after it is not part of it.
      let tokEnd = i;
      if (ignorables) while (CF[text.charCodeAt(tokEnd - 1)]! >>> 16 === IGNORABLE) tokEnd--;
      if (pendSlot >= 0) {
        if (pendChild !== 0) rootAt(slots, mask, out, act, pendSlot, pendHash, pendStart, pendEnd);
        pendSlot = -1;
      }
      if (
        i < n &&
        v >>> 16 === APOSTROPHE &&
        (i + 1 >= n || classFold(text.charCodeAt(i + 1)) >>> 16 !== WORD)
      ) {
        possessive(t, out, act, text, tokStart, tokEnd);
      } else if (
        last === LOWER_S &&
        UPPER[text.charCodeAt(tokStart)] === 1 &&
        !ignorables &&
        (i >= n || v >>> 16 !== APOSTROPHE)
      ) {
        genitive(t, out, act, before, tokStart, tokEnd);
      }
      if (act.n > 0) advance(t, out, act, h, tokEnd, true);
      const b = Math.imul(h, ROOT_MIX) >>> rootShift;
      if ((filter[b >>> 5]! & (1 << (b & 31))) !== 0) {
        const b2 = Math.imul(h, ROOT_MIX2) >>> rootShift;
        if ((filter[b2 >>> 5]! & (1 << (b2 & 31))) !== 0) {
          pendSlot = Math.imul(h, SLOT_MIX) >>> shift;
          pendChild = slots[(pendSlot << 2) + 2]!;
          pendHash = h;
          pendStart = tokStart;
          pendEnd = tokEnd;
        }
      }
      if (i >= n) break;
    } else if (v === 0) {
      classFold(text.charCodeAt(i));
      continue; // Read it again, classified.
    } else if (v >>> 16 === IGNORABLE) {
      i++;
      continue;
    }
    // text[i] is a space, a line break or punctuation.
    const k = v >>> 16;
    if (k !== SPACE) {
      if (pendSlot >= 0) {
        if (pendChild !== 0) rootAt(slots, mask, out, act, pendSlot, pendHash, pendStart, pendEnd);
        pendSlot = -1;
      }
      if (k === NEWLINE) {
        act.n = 0;
        breaks.push1(i);
        if (i >= stopAfter) return i + 1;
      } else if (act.n > 0) {
        advance(t, out, act, Math.imul(PUNCT_SEED ^ (v & 0xffff), FNV_PRIME), i + 1, true);
      }
    }
    i++;
  }
  if (pendSlot >= 0 && pendChild !== 0) {
    rootAt(slots, mask, out, act, pendSlot, pendHash, pendStart, pendEnd);
  }
  return n;
}
