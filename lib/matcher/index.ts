/**
 * Name-spotting engine: compile alias tables to plain JSON at build time
 * (`compileMatcher`), load them fast in the page (`loadMatcher`), find
 * mentions in one linear pass over the text (`Matcher.findMentions`).
 */
import type { CompiledMatcher } from './compiled';
import { entityIdOf, loadTables, type MatcherTables } from './load';
import { unpackTables } from './packed';
import { resolveMentions, resolveSpans } from './resolve';
import { Scratch } from './scratch';
import type { Mention } from './types';

export type { AliasEntry, Mention } from './types';
export type { CompiledMatcher } from './compiled';
export { compileMatcher, type CompileOptions } from './compile';
export { CompiledMatcherError } from './load';
export { packMatcher, PackedMatcherError } from './packed';

/** A loaded matcher. */
export interface Matcher {
  /**
   * Mentions in `text`, sorted by start, non-overlapping, offsets into `text`.
   * Page rules (context aliases, namesakes) look at the whole `text`: pass the
   * whole page, with "\n" at block boundaries.
   */
  findMentions(text: string): Mention[];
  /**
   * The same mentions as {@link findMentions}, as flat `[start, end, entity]`
   * triples sorted by start, where `entity` is an index for
   * {@link entityIdAt} and a mention's text is `text.slice(start, end)`. No
   * string or object per mention: what the extension's background calls for
   * each piece of a page, whose answer travels as numbers anyway.
   */
  findSpans(text: string): Int32Array;
  /** The entity id of an entity index from {@link findSpans}. */
  entityIdAt(index: number): string;
  /** Number of aliases loaded. */
  readonly aliasCount: number;
}

/** Loads compiled data; throws `CompiledMatcherError` if it is malformed. */
export function loadMatcher(data: CompiledMatcher): Matcher {
  return matcherOf(loadTables(data));
}

/**
 * Loads a packed matcher (see ./packed.ts): views onto `bytes`, no work per
 * alias. Throws `PackedMatcherError` if it is not one of this version.
 */
export function loadPackedMatcher(bytes: Uint8Array): Matcher {
  return matcherOf(unpackTables(bytes));
}

function matcherOf(tables: MatcherTables): Matcher {
  const scratch = new Scratch();
  return {
    findMentions: (text: string) => resolveMentions(tables, text, scratch),
    findSpans: (text: string) => resolveSpans(tables, text, scratch),
    entityIdAt: (index: number) => {
      if (!Number.isInteger(index) || index < 0 || index >= tables.entityCount) {
        throw new RangeError(`No entity ${index} in this matcher`);
      }
      return entityIdOf(tables, index);
    },
    aliasCount: tables.aliasFlags.length,
  };
}
