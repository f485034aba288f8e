/**
 * Name-spotting engine: compile alias tables to plain JSON at build time
 * (`compileMatcher`), load them fast in the page (`loadMatcher`), find
 * mentions in one linear pass over the text (`Matcher.findMentions`).
 */
import type { CompiledMatcher } from './compiled';
import { loadTables } from './load';
import { resolveMentions } from './resolve';
import { Scratch } from './scratch';
import type { Mention } from './types';

export type { AliasEntry, Mention } from './types';
export type { CompiledMatcher } from './compiled';
export { compileMatcher, type CompileOptions } from './compile';
export { CompiledMatcherError } from './load';

/** A loaded matcher. */
export interface Matcher {
  /**
   * Mentions in `text`, sorted by start, non-overlapping, offsets into `text`.
   * Page rules (context aliases, namesakes) look at the whole `text`: pass the
   * whole page, with "\n" at block boundaries.
   */
  findMentions(text: string): Mention[];
  /** Number of aliases loaded. */
  readonly aliasCount: number;
}

/** Loads compiled data; throws `CompiledMatcherError` if it is malformed. */
export function loadMatcher(data: CompiledMatcher): Matcher {
  const tables = loadTables(data);
  const scratch = new Scratch();
  return {
    findMentions: (text: string) => resolveMentions(tables, text, scratch),
    aliasCount: tables.aliasFlags.length,
  };
}
