/**
 * Knowledge-base search: typo-tolerant and ranked by fuse.js, with a
 * prepared gram index in front so fuse.js ranks only the records that can
 * reach the top results (see searcher.ts).
 */
export { prepareSearchIndex } from './records';
export type { SearchIndexData, SearchKind, SearchRecord } from './records';
export { loadSearch } from './searcher';
export type { SearchHit, SearchMatch, SearchStats, Searcher } from './searcher';
export { createPlainFuse, FUSE_OPTIONS } from './fuse-config';
export type { PlainHit } from './fuse-config';
export { foldForSearch } from './fold';
