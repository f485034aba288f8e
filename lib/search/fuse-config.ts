/**
 * The one fuse.js configuration. The prefiltered searcher and the plain
 * fuse.js baseline (bench, ranking-equality tests) both use it, so "same
 * ranking as plain fuse.js" compares like with like.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { foldForSearch } from './fold';
import type { SearchIndexData, SearchRecord } from './records';

/** A record with every text field folded (same lengths as the original). */
export type FoldedDoc = Omit<SearchRecord, 'kind' | 'id'>;

/** Field names as fuse.js keys, in key-index order. Names outrank aliases outrank claim text. */
export const SEARCH_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'summary', weight: 1.5 },
  { name: 'quote', weight: 1 },
  { name: 'speaker', weight: 1 },
] as const;

export type SearchKey = (typeof SEARCH_KEYS)[number]['name'];

/**
 * `ignoreLocation`: a name deep inside a long quote counts as much as one at
 * its start. 0.4 lets "erdgan" (1 edit in 6) and "yincan" (2 in 6) through
 * while keeping unrelated words out.
 */
export const FUSE_OPTIONS = {
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.4,
} satisfies IFuseOptions<FoldedDoc>;

/** Longest pattern fuse.js runs as one bitap chunk. */
export const FUSE_MAX_PATTERN = 32;

/** Folds one record's text fields. */
export function foldDoc(r: SearchRecord): FoldedDoc {
  const d: FoldedDoc = {};
  if (r.name !== undefined) d.name = foldForSearch(r.name);
  if (r.aliases !== undefined) d.aliases = r.aliases.map(foldForSearch);
  if (r.summary !== undefined) d.summary = foldForSearch(r.summary);
  if (r.quote !== undefined) d.quote = foldForSearch(r.quote);
  if (r.speaker !== undefined) d.speaker = foldForSearch(r.speaker);
  return d;
}

/** Folds a query the way record text is folded. */
export function foldQuery(query: string): string {
  return foldForSearch(query.trim());
}

/** Result of the plain baseline: record index and fuse.js score. */
export interface PlainHit {
  index: number;
  score: number;
}

/**
 * Plain fuse.js over every record, no prefilter: the reference ranking and
 * the bench baseline.
 */
export function createPlainFuse(
  data: SearchIndexData,
): (query: string, limit: number) => PlainHit[] {
  const fuse = new Fuse(data.records.map(foldDoc), FUSE_OPTIONS);
  return (query, limit) => {
    const q = foldQuery(query);
    if (!q) return [];
    return fuse.search(q, { limit }).map((r) => ({ index: r.refIndex, score: r.score ?? 1 }));
  };
}
