/**
 * Pure views of the KB for the popup: lookups, claims related to a page,
 * agree/conflict links. No DOM, so it is unit-tested on the real KB.
 */
import type { Claim, ClaimLink, Entity, KnowledgeBase, Source } from '@/lib/kb/types';
import type { PageEntityCount } from '@/lib/protocol';

/** Indexed KB for quick lookups. */
export interface KbView {
  kb: KnowledgeBase;
  entities: Map<string, Entity>;
  claims: Map<string, Claim>;
  sources: Map<string, Source>;
  /** Claim id → links it takes part in. */
  linksOf: Map<string, ClaimLink[]>;
  /** Entity id → claims by or about it, newest first. */
  claimsOf: Map<string, Claim[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const KIND_ORDER: Record<Claim['kind'], number> = {
  statement: 0,
  threat: 1,
  figure: 2,
  assessment: 3,
  'event-report': 4,
};

/** Newer first; undated last. ISO prefixes compare as strings. */
function byDateDesc(a: Claim, b: Claim): number {
  return (b.date ?? '').localeCompare(a.date ?? '');
}

export function buildKbView(kb: KnowledgeBase): KbView {
  const view: KbView = {
    kb,
    entities: new Map(kb.entities.map((e) => [e.id, e])),
    claims: new Map(kb.claims.map((c) => [c.id, c])),
    sources: new Map(kb.sources.map((s) => [s.id, s])),
    linksOf: new Map(),
    claimsOf: new Map(),
  };
  for (const link of kb.links ?? []) {
    for (const id of link.claimIds) pushTo(view.linksOf, id, link);
  }
  for (const c of kb.claims) {
    const ids = new Set(c.entityIds);
    if (c.speakerId) ids.add(c.speakerId);
    for (const id of ids) pushTo(view.claimsOf, id, c);
  }
  for (const list of view.claimsOf.values()) list.sort(byDateDesc);
  return view;
}

/** Claims related to the page, grouped under the page entity they are most about. */
export interface ClaimGroup {
  entityId: string;
  claims: Claim[];
}

/**
 * Claims by or about the entities on the page, most relevant first. A claim's
 * relevance is the sum of the page mention counts of its entities (its
 * speaker counts double: what someone on the page said matters most); each
 * claim appears once, under its most-mentioned entity (the speaker on ties),
 * and groups follow the page's mention counts.
 */
export function relatedClaimGroups(view: KbView, page: PageEntityCount[]): ClaimGroup[] {
  const count = new Map(page.map((p) => [p.entityId, p.count]));
  const scored: { claim: Claim; score: number; home: string }[] = [];
  const seen = new Set<string>();
  for (const { entityId } of page) {
    for (const claim of view.claimsOf.get(entityId) ?? []) {
      if (seen.has(claim.id)) continue;
      seen.add(claim.id);
      let score = 0;
      let home = '';
      let homeCount = -1;
      const ids = new Set(claim.entityIds);
      if (claim.speakerId) ids.add(claim.speakerId);
      for (const id of ids) {
        const n = count.get(id) ?? 0;
        score += id === claim.speakerId ? 2 * n : n;
        const better = n > homeCount || (n === homeCount && id === claim.speakerId);
        if (n > 0 && better) {
          home = id;
          homeCount = n;
        }
      }
      scored.push({ claim, score, home });
    }
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER[a.claim.kind] - KIND_ORDER[b.claim.kind] ||
      byDateDesc(a.claim, b.claim) ||
      a.claim.id.localeCompare(b.claim.id),
  );
  const groups = new Map<string, Claim[]>();
  for (const { entityId } of [...page].sort((a, b) => b.count - a.count)) {
    groups.set(entityId, []);
  }
  for (const s of scored) groups.get(s.home)?.push(s.claim);
  return [...groups]
    .filter(([, claims]) => claims.length > 0)
    .map(([entityId, claims]) => ({ entityId, claims }));
}

/** Page entities the KB knows, most mentioned first. */
export function knownPageEntities(view: KbView, page: PageEntityCount[]): PageEntityCount[] {
  return page
    .filter((p) => view.entities.has(p.entityId) && p.count > 0)
    .sort(
      (a, b) =>
        b.count - a.count ||
        view.entities.get(a.entityId)!.name.localeCompare(view.entities.get(b.entityId)!.name),
    );
}

/** The other claims a link ties `claimId` to. */
export function linkedClaims(view: KbView, link: ClaimLink, claimId: string): Claim[] {
  return link.claimIds
    .filter((id) => id !== claimId)
    .map((id) => view.claims.get(id))
    .filter((c): c is Claim => c !== undefined);
}

/** Human label for a source: title plus publisher when it adds something. */
export function sourceLabel(source: Source | undefined): string {
  if (!source) return '';
  if (source.publisher && !source.title.includes(source.publisher)) {
    return `${source.title} (${source.publisher})`;
  }
  return source.title;
}

/** Date to show for a claim: its own, else its source's. */
export function claimDate(view: KbView, claim: Claim): string | undefined {
  return claim.date ?? view.sources.get(claim.sourceId)?.date;
}
