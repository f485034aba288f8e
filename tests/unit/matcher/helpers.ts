import {
  compileMatcher,
  loadMatcher,
  type CompiledMatcher,
  type CompileOptions,
  type Matcher,
} from '../../../lib/matcher/index';
import type { AliasEntry } from '../../../lib/matcher/types';

/** An alias entry with defaults: a person, `alone`. */
export function alias(entityId: string, text: string, extra: Partial<AliasEntry> = {}): AliasEntry {
  return { entityId, entityType: 'person', text, match: 'alone', ...extra };
}

/** Compiles, round-trips through JSON (as the build does) and loads. */
export function matcherFor(entries: AliasEntry[], options?: CompileOptions): Matcher {
  return loadMatcher(
    JSON.parse(JSON.stringify(compileMatcher(entries, options))) as CompiledMatcher,
  );
}

/** Mentions as "entityId:text" strings, in order. */
export function found(m: Matcher, text: string): string[] {
  return m.findMentions(text).map((x) => `${x.entityId}:${x.text}`);
}
