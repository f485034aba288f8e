/** The KB the popup shows and searches: the bundled one, plus the user's imported KB if any. */
import { getCompiledKb } from '@/lib/kb/load-compiled';
import { mergeKbs } from '@/lib/kb/merge';
import { loadSearch, prepareSearchIndex, type Searcher } from '@/lib/search/index';
import { userKbItem } from '@/utils/settings-store';
import { buildKbView, type KbView } from './kb-view';

export interface KbData {
  view: KbView;
  /** Built on first use: the popup paints before the index is loaded. */
  searcher: () => Searcher;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Bundled KB with its search index prepared at build time: synchronous, for first paint. */
export function bundledKbData(): KbData {
  const compiled = getCompiledKb();
  return { view: buildKbView(compiled.kb), searcher: lazy(() => loadSearch(compiled.search)) };
}

/**
 * Bundled plus the user's KB, or null when none is stored. A stored KB that
 * no longer merges (e.g. after an update) is skipped rather than breaking the popup.
 */
export async function userKbData(): Promise<KbData | null> {
  try {
    const user = await userKbItem.getValue();
    if (!user) return null;
    const merged = mergeKbs(getCompiledKb().kb, user);
    return {
      view: buildKbView(merged),
      searcher: lazy(() => loadSearch(prepareSearchIndex(merged))),
    };
  } catch (error) {
    console.warn('Backstory: ignoring the stored user KB', error);
    return null;
  }
}
