/**
 * The KB as the content script uses it: the bundled compiled KB, merged with
 * the user's own KB from storage when there is one, plus the per-entity
 * lookups the annotator and the card need.
 */
import { createCardModels, type CardModel } from '@/lib/kb/card-model';
import type { EntityInfo } from '@/dom/annotator';
import { aliasEntriesFromKb, relatedEntities } from '@/lib/kb/compile';
import { getCompiledKb } from '@/lib/kb/load-compiled';
import { mergeKbs } from '@/lib/kb/merge';
import { aliasSpecs, nameSpec, normalizeKb } from '@/lib/kb/normalize-kb';
import type { KnowledgeBase } from '@/lib/kb/types';
import { validateKb } from '@/lib/kb/validate';
import { compileMatcher, loadMatcher, type Matcher } from '@/lib/matcher/index';
import { foldString } from '@/lib/text/fold';

/** See {@link bundledRuntime}. */
export interface KbRuntime {
  kb: KnowledgeBase;
  matcher: Matcher;
  entities: Map<string, EntityInfo>;
  fold: (text: string) => string;
  cardModel: (entityId: string) => CardModel | null;
}

function entityInfos(kb: KnowledgeBase): Map<string, EntityInfo> {
  // The matcher treats relations as symmetric; so does the annotator.
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = related.get(a);
    if (set) set.add(b);
    else related.set(a, new Set([b]));
  };
  for (const [from, targets] of Object.entries(relatedEntities(kb))) {
    for (const to of targets) {
      link(from, to);
      link(to, from);
    }
  }
  const out = new Map<string, EntityInfo>();
  for (const entity of kb.entities) {
    const specs = [nameSpec(entity), ...aliasSpecs(entity)];
    const alone = specs.filter((s) => (s.match ?? 'alone') === 'alone');
    out.set(entity.id, {
      type: entity.type,
      aloneKeys: new Set(alone.map((s) => foldString(s.text))),
      contextText: alone[0]?.text,
      allKeys: [...new Set(specs.map((s) => foldString(s.text)))],
      related: [...(related.get(entity.id) ?? [])],
    });
  }
  return out;
}

function runtimeOf(kb: KnowledgeBase, matcher: Matcher): KbRuntime {
  return {
    kb,
    matcher,
    entities: entityInfos(kb),
    fold: foldString,
    cardModel: createCardModels(kb),
  };
}

/** The KB shipped with the extension (compiled at build time). */
export function bundledRuntime(): KbRuntime {
  const compiled = getCompiledKb();
  return runtimeOf(compiled.kb, loadMatcher(compiled.matcher));
}

/**
 * Bundled KB plus the user's KB. The user KB was validated before it was
 * saved; it is validated again here (storage may have been edited by hand),
 * and on any error the bundled KB is used alone, with a console warning.
 */
export function runtimeWithUserKb(user: unknown): KbRuntime {
  if (user === null || user === undefined) return bundledRuntime();
  const bundled = getCompiledKb().kb;
  try {
    const merged = validateKb(mergeKbs(bundled, user as KnowledgeBase));
    if (!merged.ok) {
      console.warn(
        `Backstory: your own KB has ${merged.errors.length} error(s) and is ignored on pages; fix it in the options page.`,
      );
      return bundledRuntime();
    }
    const kb = normalizeKb(merged.kb);
    const matcher = loadMatcher(
      compileMatcher(aliasEntriesFromKb(kb), { related: relatedEntities(kb) }),
    );
    return runtimeOf(kb, matcher);
  } catch (error) {
    console.warn('Backstory: your own KB could not be loaded and is ignored on pages.', error);
    return bundledRuntime();
  }
}
