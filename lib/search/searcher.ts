/**
 * The prefiltered searcher. fuse.js does all the ranking; this module only
 * decides which records fuse.js needs to look at.
 *
 * Why the results equal plain fuse.js: fuse.js scores a record as the
 * product, over every field value that matches, of
 * `max(0.001, errors / queryLength) ^ (keyWeight × fieldNorm)` (0 → EPSILON
 * for an exact whole-value match). The q-gram lemma gives a lower bound on
 * `errors` per value from shared grams, hence a lower bound on each record's
 * score. Records are verified with fuse.js in order of that bound until the
 * k-th best real score beats the next bound: nothing unverified can enter the
 * top k. Ties break on record order, as in fuse.js.
 */
import Fuse, { type FuseIndexObjectRecord, type FuseResult } from 'fuse.js';
import {
  FUSE_MAX_PATTERN,
  FUSE_OPTIONS,
  SEARCH_KEYS,
  foldDoc,
  foldQuery,
  type FoldedDoc,
  type SearchKey,
} from './fuse-config';
import { BoundHeap } from './bound-heap';
import { buildGramIndex, queryGrams, type GramIndex } from './gram-index';
import { myersDistance, myersPattern, type MyersPattern } from './myers';
import type { SearchIndexData, SearchKind, SearchRecord } from './records';

/** A matched field with highlight ranges `[start, end)` into `text` (the original text). */
export interface SearchMatch {
  field: 'name' | 'alias' | 'summary' | 'quote' | 'speaker';
  text: string;
  ranges: [number, number][];
}

/** One search result. */
export interface SearchHit {
  kind: SearchKind;
  /** Entity id or claim id. */
  id: string;
  /** fuse.js score: near 0 = perfect, 1 = no match. */
  score: number;
  matches: SearchMatch[];
}

/** What the last query cost; the bench reports it. */
export interface SearchStats {
  /** Records that could still match after the gram filter. */
  candidates: number;
  /** Records whose edit-distance bound was computed. */
  bounded: number;
  /** Records fuse.js actually scored. */
  verified: number;
}

/** A loaded, ready-to-query index. */
export interface Searcher {
  /** Best `limit` hits (default 20), best first; [] for an empty query. */
  search(query: string, limit?: number): SearchHit[];
  readonly size: number;
  readonly lastStats: SearchStats;
}

const LOG_EPSILON = Math.log(Number.EPSILON);
/** Slack for float rounding between our log-space bound and fuse's products. */
const BOUND_SLACK = 1e-9;
const FIRST_BATCH = 16;

const FIELD_OF_KEY: Record<SearchKey, SearchMatch['field']> = {
  name: 'name',
  aliases: 'alias',
  summary: 'summary',
  quote: 'quote',
  speaker: 'speaker',
};

interface ItemTable {
  /** Folded text per item. */
  text: string[];
  /** Record index per item. */
  record: Int32Array;
  /** keyWeight × fieldNorm per item: the exponent fuse.js applies. */
  exponent: Float64Array;
}

function buildItems(indexRecords: FuseIndexObjectRecord[]): ItemTable {
  const totalWeight = SEARCH_KEYS.reduce((s, k) => s + k.weight, 0);
  const text: string[] = [];
  const record: number[] = [];
  const exponent: number[] = [];
  for (const rec of indexRecords) {
    SEARCH_KEYS.forEach((key, keyIndex) => {
      const entry = rec.$[keyIndex];
      if (entry === undefined) return;
      const values = Array.isArray(entry) ? entry : [entry];
      for (const v of values as { v: string; n: number }[]) {
        text.push(v.v);
        record.push(rec.i);
        exponent.push((key.weight / totalWeight) * v.n);
      }
    });
  }
  return { text, record: Int32Array.from(record), exponent: Float64Array.from(exponent) };
}

function originalText(rec: SearchRecord, key: string, refIndex: number | undefined): string {
  switch (key as SearchKey) {
    case 'aliases':
      return rec.aliases?.[refIndex ?? 0] ?? '';
    case 'name':
      return rec.name ?? '';
    case 'summary':
      return rec.summary ?? '';
    case 'quote':
      return rec.quote ?? '';
    case 'speaker':
      return rec.speaker ?? '';
  }
}

class PrefilteredSearcher implements Searcher {
  readonly size: number;
  lastStats: SearchStats = { candidates: 0, bounded: 0, verified: 0 };
  private readonly records: SearchRecord[];
  private readonly docs: FoldedDoc[];
  private readonly keys: ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']>['keys'];
  private readonly indexRecords: FuseIndexObjectRecord[];
  private readonly items: ItemTable;
  private readonly grams: GramIndex;
  private readonly shared: Uint16Array;
  private readonly bound: Float64Array;
  private readonly canMatch: Uint8Array;
  private readonly fullFuse: Fuse<FoldedDoc>;
  /** Items of record r are itemStart[r] .. itemStart[r+1]-1. */
  private readonly itemStart: Int32Array;
  /** Items with shared grams for the current query (to reset `shared`). */
  private readonly touched: number[] = [];
  private pattern: MyersPattern | undefined;
  private gramCount = 0;
  private gramSize: 1 | 2 = 2;

  constructor(data: SearchIndexData) {
    this.records = data.records;
    this.size = data.records.length;
    this.docs = data.records.map(foldDoc);
    const json = Fuse.createIndex(FUSE_OPTIONS.keys, this.docs).toJSON();
    this.keys = json.keys;
    this.indexRecords = json.records as unknown as FuseIndexObjectRecord[];
    this.items = buildItems(this.indexRecords);
    this.grams = buildGramIndex(this.items.text);
    this.shared = new Uint16Array(this.items.text.length);
    this.bound = new Float64Array(this.size);
    this.canMatch = new Uint8Array(this.size);
    this.fullFuse = new Fuse(this.docs, FUSE_OPTIONS, Fuse.parseIndex(json));
    this.itemStart = new Int32Array(this.size + 1);
    for (const r of this.items.record) this.itemStart[r + 1]!++;
    for (let r = 0; r < this.size; r++) this.itemStart[r + 1]! += this.itemStart[r]!;
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = foldQuery(query);
    if (!q || limit <= 0) {
      this.lastStats = { candidates: 0, bounded: 0, verified: 0 };
      return [];
    }
    if (q.length > FUSE_MAX_PATTERN) {
      // fuse.js averages 32-char chunks for long patterns; rare enough to run it plainly.
      this.lastStats = { candidates: this.size, bounded: 0, verified: this.size };
      return this.toHits(this.fullFuse.search(q, { limit }));
    }
    const candidates = this.gramBounds(q);
    const results = this.verify(q, candidates, limit);
    for (const it of this.touched) this.shared[it] = 0;
    return this.toHits(results);
  }

  /**
   * First bound, from shared grams: fills `bound` (log lower bound of each
   * record's score) and returns the records that can match at all.
   */
  private gramBounds(q: string): number[] {
    const m = q.length;
    const gramSize: 1 | 2 = m <= 2 ? 1 : 2;
    const grams = queryGrams(q, gramSize);
    const postings = gramSize === 1 ? this.grams.unigrams : this.grams.bigrams;
    const { shared, bound, canMatch, items } = this;
    const touched = this.touched;
    touched.length = 0;
    for (const gram of grams) {
      const list = postings.get(gram);
      if (list === undefined) continue;
      for (let j = 0; j < list.length; j++) {
        const it = list[j]!;
        if (shared[it] === 0) touched.push(it);
        shared[it]!++;
      }
    }
    this.gramCount = grams.length;
    this.gramSize = gramSize;
    const logScore = this.logScores(m);
    const zeroSharedMatches = !Number.isNaN(logScore[Math.ceil(grams.length / gramSize)]!);
    bound.fill(0);
    canMatch.fill(0);
    const candidates: number[] = [];
    const visit = (it: number): void => {
      const errors = this.gramErrors(it);
      let ls = logScore[errors]!;
      if (Number.isNaN(ls)) return;
      // A value as long as the query may be the query itself, which fuse.js
      // scores 0 (EPSILON), not 0.001: the bound must allow for it.
      if (errors === 0 && items.text[it]!.length === m) ls = LOG_EPSILON;
      const r = items.record[it]!;
      bound[r]! += ls * items.exponent[it]!;
      if (canMatch[r] === 0) {
        canMatch[r] = 1;
        candidates.push(r);
      }
    };
    if (zeroSharedMatches) {
      for (let it = 0; it < items.text.length; it++) visit(it);
    } else {
      for (const it of touched) visit(it);
    }
    return candidates;
  }

  /** Least errors item `it` can have, by the q-gram lemma. */
  private gramErrors(it: number): number {
    return Math.max(0, Math.ceil((this.gramCount - this.shared[it]!) / this.gramSize));
  }

  /** log of the least fuse.js score with e errors (index e), NaN where e errors cannot match. */
  private logScores(m: number): number[] {
    const out: number[] = [];
    for (let e = 0; e <= m; e++) {
      out.push(e / m <= FUSE_OPTIONS.threshold ? Math.log(Math.max(0.001, e / m)) : NaN);
    }
    return out;
  }

  /** Second, tight bound for one record: exact edit distances (Myers) of its items. */
  private editBound(r: number, q: string, pattern: MyersPattern, logScore: number[]): number {
    const { items } = this;
    let sum = 0;
    for (let it = this.itemStart[r]!; it < this.itemStart[r + 1]!; it++) {
      if (Number.isNaN(logScore[this.gramErrors(it)]!)) continue;
      const text = items.text[it]!;
      const d = myersDistance(pattern, text);
      const ls = logScore[d]!;
      if (Number.isNaN(ls)) continue;
      // Only a whole-value match scores 0 (EPSILON); any other exact substring scores 0.001.
      sum += (d === 0 && text === q ? LOG_EPSILON : ls) * items.exponent[it]!;
    }
    return sum;
  }

  /**
   * Verifies with fuse.js in order of the tightest bound known, until the
   * k-th best real score is below every unverified record's bound.
   */
  private verify(q: string, candidates: number[], limit: number): FuseResult<FoldedDoc>[] {
    const { bound } = this;
    const m = q.length;
    const pattern = myersPattern(q, this.pattern);
    this.pattern = pattern;
    const logScore = this.logScores(m);
    candidates.sort((a, b) => bound[a]! - bound[b]! || a - b);
    const pool = new BoundHeap();
    const found: FuseResult<FoldedDoc>[] = [];
    let p = 0;
    let verified = 0;
    const nextGram = (): number => (p < candidates.length ? bound[candidates[p]!]! : Infinity);
    for (;;) {
      // Tighten bounds until the pool's best bound is below every gram bound left.
      while (p < candidates.length && (pool.size === 0 || nextGram() <= pool.peekKey())) {
        const r = candidates[p++]!;
        pool.push(this.editBound(r, q, pattern, logScore), r);
      }
      if (pool.size === 0) break;
      const batch: number[] = [];
      const batchSize = Math.max(FIRST_BATCH, limit - found.length);
      while (pool.size > 0 && batch.length < batchSize && pool.peekKey() <= nextGram()) {
        batch.push(pool.pop());
      }
      batch.sort((a, b) => a - b);
      verified += batch.length;
      for (const res of this.fuseOver(batch, q)) found.push(res);
      if (found.length >= limit) {
        found.sort(byScoreThenIndex);
        const kth = Math.log(found[limit - 1]!.score ?? 1);
        const next = Math.min(pool.size > 0 ? pool.peekKey() : Infinity, nextGram());
        if (kth < next - BOUND_SLACK) break;
      }
    }
    this.lastStats = { candidates: candidates.length, bounded: p, verified };
    found.sort(byScoreThenIndex);
    return found.slice(0, limit);
  }

  /** fuse.js over a subset of records (ascending ids), reusing the prepared index. */
  private fuseOver(ids: number[], q: string): FuseResult<FoldedDoc>[] {
    const docs = ids.map((i) => this.docs[i]!);
    const records = ids.map((id, i) => ({ i, $: this.indexRecords[id]!.$ }));
    const index = Fuse.parseIndex<FoldedDoc>({
      keys: this.keys,
      records: records as unknown as Parameters<typeof Fuse.parseIndex>[0]['records'],
    });
    const fuse = new Fuse(docs, FUSE_OPTIONS, index);
    return fuse.search(q).map((r) => ({ ...r, refIndex: ids[r.refIndex]! }));
  }

  private toHits(results: FuseResult<FoldedDoc>[]): SearchHit[] {
    return results.map((r) => {
      const rec = this.records[r.refIndex]!;
      const matches: SearchMatch[] = (r.matches ?? []).map((m) => ({
        field: FIELD_OF_KEY[(m.key ?? 'name') as SearchKey],
        text: originalText(rec, m.key ?? 'name', m.refIndex),
        ranges: m.indices.map(([s, e]) => [s, e + 1] as [number, number]),
      }));
      return { kind: rec.kind, id: rec.id, score: r.score ?? 1, matches };
    });
  }
}

function byScoreThenIndex(a: FuseResult<unknown>, b: FuseResult<unknown>): number {
  return (a.score ?? 1) - (b.score ?? 1) || a.refIndex - b.refIndex;
}

/** Loads a prepared index. Cost grows linearly with the KB; ~1 ms for the bundled KB. */
export function loadSearch(data: SearchIndexData): Searcher {
  return new PrefilteredSearcher(data);
}
