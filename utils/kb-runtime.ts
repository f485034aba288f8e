/**
 * The KB as the background serves it to pages: the bundled compiled KB,
 * merged with the user's own KB from storage when there is one, with a
 * loaded matcher, page spotter and card models.
 */
import { createCardModels, type CardModel } from '@/lib/kb/card-model';
import { aliasEntriesFromKb, relatedEntities } from '@/lib/kb/compile';
import { getCompiledKb } from '@/lib/kb/load-compiled';
import type { KnowledgeBase } from '@/lib/kb/types';
import { mergeStoredUserKb } from '@/lib/kb/user-kb';
import { compileMatcher, loadMatcher, loadPackedMatcher, type Matcher } from '@/lib/matcher/index';
import { entityInfos, type EntityInfo } from '@/lib/spotting/entity-info';
import { createPageSpotter, type PageSpotter } from '@/lib/spotting/page-spotter';
import { foldString } from '@/lib/text/fold';
import { readBundledMatcher } from './bundled-matcher';

/** Where the bundled matcher's packed bytes come from: the extension package (tests read the file). */
export type PackedMatcherSource = () => Promise<Uint8Array>;

/** See {@link bundledRuntime}. */
export interface KbRuntime {
  kb: KnowledgeBase;
  matcher: Matcher;
  entities: ReadonlyMap<string, EntityInfo>;
  spotter: PageSpotter;
  cardModel: (entityId: string) => CardModel | null;
}

function runtimeOf(kb: KnowledgeBase, matcher: Matcher): KbRuntime {
  const entities = entityInfos(kb);
  return {
    kb,
    matcher,
    entities,
    spotter: createPageSpotter(matcher, entities, foldString),
    cardModel: createCardModels(kb),
  };
}

/**
 * The KB shipped with the extension (compiled at build time), with its
 * packed matcher: loading it is a few views onto the file's bytes.
 */
export async function bundledRuntime(
  readPacked: PackedMatcherSource = readBundledMatcher,
): Promise<KbRuntime> {
  const bytes = await readPacked();
  return runtimeOf(getCompiledKb().kb, loadPackedMatcher(bytes));
}

/**
 * Bundled KB plus the user's KB. The user KB was validated before it was
 * saved; it is validated again here (storage may have been edited by hand),
 * and on any error the bundled KB is used alone, with a console warning.
 */
export async function runtimeWithUserKb(
  user: unknown,
  readPacked: PackedMatcherSource = readBundledMatcher,
): Promise<KbRuntime> {
  if (user === null || user === undefined) return bundledRuntime(readPacked);
  try {
    const merged = mergeStoredUserKb(getCompiledKb().kb, user);
    if (!merged.ok) {
      console.warn(
        `Backstory: your own KB has ${merged.errors.length} error(s) and is ignored on pages; fix it in the options page.`,
      );
      return bundledRuntime(readPacked);
    }
    const kb = merged.kb;
    const matcher = loadMatcher(
      compileMatcher(aliasEntriesFromKb(kb), { related: relatedEntities(kb) }),
    );
    return runtimeOf(kb, matcher);
  } catch (error) {
    console.warn('Backstory: your own KB could not be loaded and is ignored on pages.', error);
    return bundledRuntime(readPacked);
  }
}
