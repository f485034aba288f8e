/** The KB the popup shows and searches: the bundled one, plus the user's imported KB if any. */
import { getCompiledKb } from '@/lib/kb/load-compiled';
import { mergeStoredUserKb } from '@/lib/kb/user-kb';
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
 * Bundled plus the user's KB, or null when none is stored. The stored KB is
 * validated again exactly as the background does before marking pages, so
 * the popup never shows entities that pages do not mark; one that no longer
 * validates (edited by hand, or after an update) is skipped rather than
 * breaking the popup.
 */
export async function userKbData(): Promise<KbData | null> {
  try {
    const user = await userKbItem.getValue();
    if (!user) return null;
    const result = mergeStoredUserKb(getCompiledKb().kb, user);
    if (!result.ok) {
      console.warn(
        `Backstory: your own KB has ${result.errors.length} error(s) and is ignored; fix it in the options page.`,
      );
      return null;
    }
    const merged = result.kb;
    return {
      view: buildKbView(merged),
      searcher: lazy(() => loadSearch(prepareSearchIndex(merged))),
    };
  } catch (error) {
    console.warn('Backstory: ignoring the stored user KB', error);
    return null;
  }
}
