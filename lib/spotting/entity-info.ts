/**
 * What page-level spotting needs to know about each entity beyond the
 * matcher's tables: its type, which aliases name it outright (and so give
 * context to its short aliases elsewhere on the page), and its relatives.
 */
import { relatedEntities } from '@/lib/kb/compile';
import { aliasSpecs, nameSpec } from '@/lib/kb/normalize-kb';
import type { EntityType, KnowledgeBase } from '@/lib/kb/types';
import { foldString } from '@/lib/text/fold';

/** Per-entity facts for {@link createPageSpotter}. */
export interface EntityInfo {
  type: EntityType;
  /** Folded `alone` aliases; a mention through one of them gives context to others. */
  aloneKeys: ReadonlySet<string>;
  /** One `alone` alias, written into the context preamble. */
  contextText: string | undefined;
  /** Folded texts of every alias: a piece holding none of them cannot gain a mention of it. */
  allKeys: readonly string[];
  /** Entities related to this one (either direction): their mention gives it context. */
  related: readonly string[];
}

/** {@link EntityInfo} for every entity of a (normalised) KB. */
export function entityInfos(kb: KnowledgeBase): Map<string, EntityInfo> {
  // The matcher treats relations as symmetric; so does page context.
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
