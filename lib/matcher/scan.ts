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
import type { MatcherTables } from './load';
import * as units from './units';

const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
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
const ROOT_SHIFT = 32 - edge.ROOT_FILTER_BITS;
const ROOT_MIX = edge.ROOT_MIX;
const LOWER_S = 115;
/** Most units the scanner follows at once (names in progress). */
const MAX_ACTIVE = 64;

/** Names in progress: trie node and start offset of each. */
interface Active {
  node: Int32Array;
  start: Int32Array;
  n: number;
}

/** Child of `parent` through `hash`, or 0. */
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
    const c = slots[o + 2]!;
    if (c === 0) return 0;
    if (slots[o] === hash && slots[o + 1] === parent) return c;
    s = (s + 1) & mask;
  }
}

/** Follows one unit from every active name; drops the ones that cannot continue. */
function advance(
  t: MatcherTables,
  out: number[],
  act: Active,
  hash: number,
  end: number,
  keep: boolean,
): void {
  const { slots, mask, shift } = t.edges;
  let w = 0;
  for (let a = 0; a < act.n; a++) {
    const c = probe(slots, mask, shift, act.node[a]!, hash);
    if (c === 0) continue;
    if (t.termStart[c + 1]! > t.termStart[c]!) out.push(act.start[a]!, end, c);
    if (keep && t.hasKids[c] === 1) {
      act.node[w] = c;
      act.start[w] = act.start[a]!;
      w++;
    }
  }
  if (keep) act.n = w;
}

/** Starts a name at a word whose hash passed the root filter. */
function fromRoot(
  t: MatcherTables,
  out: number[],
  act: Active,
  hash: number,
  start: number,
  end: number,
  keep: boolean,
): void {
  const { slots, mask, shift } = t.edges;
  const c = probe(slots, mask, shift, 0, hash);
  if (c === 0) return;
  if (t.termStart[c + 1]! > t.termStart[c]!) out.push(start, end, c);
  if (keep && t.hasKids[c] === 1 && act.n < MAX_ACTIVE) {
    act.node[act.n] = c;
    act.start[act.n] = start;
    act.n++;
  }
}

/** "Erdogans'" (plural possessive): the word without its final s, reported but never continued. */
function possessive(
  t: MatcherTables,
  out: number[],
  act: Active,
  text: string,
  start: number,
  end: number,
): void {
  if (end - start < 2 || FOLD[text.charCodeAt(end - 1)] !== LOWER_S) return;
  let h = FNV_OFFSET;
  for (let i = start; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (CLS[c] === WORD) h = Math.imul(h ^ FOLD[c]!, FNV_PRIME);
  }
  if (act.n > 0) advance(t, out, act, h, end - 1, false);
  fromRoot(t, out, act, h, start, end - 1, false);
}

/**
 * Candidate spans as a flat list of (start, end, node) triples. `start`/`end`
 * are offsets into `text`; `node` is the trie node where an alias ends.
 */
export function scanCandidates(t: MatcherTables, text: string): number[] {
  const out: number[] = [];
  const act: Active = { node: new Int32Array(MAX_ACTIVE), start: new Int32Array(MAX_ACTIVE), n: 0 };
  const filter = t.edges.rootFilter;
  const n = text.length;
  let tokStart = -1;
  let tokEnd = 0;
  let h = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k === WORD) {
      if (tokStart < 0) {
        tokStart = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ FOLD[c]!, FNV_PRIME);
      tokEnd = i + 1;
      continue;
    }
    if (k === IGNORABLE) continue;
    if (tokStart >= 0) {
      if (k === APOSTROPHE && (i + 1 >= n || CLS[text.charCodeAt(i + 1)] !== WORD)) {
        possessive(t, out, act, text, tokStart, tokEnd);
      }
      if (act.n > 0) advance(t, out, act, h, tokEnd, true);
      const b = Math.imul(h, ROOT_MIX) >>> ROOT_SHIFT;
      if ((filter[b >>> 5]! & (1 << (b & 31))) !== 0)
        fromRoot(t, out, act, h, tokStart, tokEnd, true);
      tokStart = -1;
    }
    if (k === SPACE) continue;
    if (k === NEWLINE) {
      act.n = 0;
      continue;
    }
    if (act.n > 0) advance(t, out, act, Math.imul(PUNCT_SEED ^ FOLD[c]!, FNV_PRIME), i + 1, true);
  }
  if (tokStart >= 0) {
    if (act.n > 0) advance(t, out, act, h, tokEnd, true);
    const b = Math.imul(h, ROOT_MIX) >>> ROOT_SHIFT;
    if ((filter[b >>> 5]! & (1 << (b & 31))) !== 0)
      fromRoot(t, out, act, h, tokStart, tokEnd, true);
  }
  return out;
}
