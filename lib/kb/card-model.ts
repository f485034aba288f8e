/**
 * What a hover card shows for an entity, derived once per KB: the entity's
 * identity, its relations by name, and up to three key claims with speaker,
 * exact quote, source and any agree/conflict link.
 */
import type { Claim, ClaimLink, EntityType, KnowledgeBase, Source } from '@/lib/kb/types';

/** Claims shown on a card; the rest are one click away in the popup. */
export const CARD_CLAIM_LIMIT = 3;

/** A claim as the card shows it. */
export interface CardClaim {
  id: string;
  /** Neutral summary. */
  text: string;
  quote?: string;
  /**
   * The quote says what the summary says, so the card shows only the quote
   * (the same words twice read as noise); otherwise the summary gives the
   * quote its context.
   */
  summaryRedundant: boolean;
  speaker?: string;
  sourceTitle: string;
  publisher?: string;
  date?: string;
  /** Another source agrees or conflicts. */
  link?: { type: ClaimLink['type']; note: string };
}

/** Everything one card renders. */
export interface CardModel {
  entityId: string;
  name: string;
  type: EntityType;
  role?: string;
  /**
   * When the role's source said so (its date, or the start of its date
   * range, as YYYY-MM): roles change, and a card read years later must not
   * present a 2020 office as today's.
   */
  roleAsOf?: string;
  description?: string;
  relations: { label: string; target: string }[];
  claims: CardClaim[];
  /** All claims by or about the entity (the card shows at most three). */
  totalClaims: number;
}

function relationLabel(type: string, label: string | undefined): string {
  return label ?? type.replace(/-/g, ' ');
}

/**
 * Ranks claims for the card: the entity's own quoted words first, then
 * quoted claims about it, then the rest; ties keep KB order.
 */
function rank(claim: Claim, entityId: string): number {
  if (claim.speakerId === entityId && claim.quote) return 0;
  if (claim.quote) return 1;
  if (claim.speakerId === entityId) return 2;
  return 3;
}

/** The month a source speaks for (its date, or the start of its date range), as YYYY-MM. */
export function sourceMonth(source: Source | undefined): string | undefined {
  return (source?.date ?? source?.dateRange?.from)?.slice(0, 7);
}

/** Builds card models on demand from a KB (indexes are made once). */
export function createCardModels(kb: KnowledgeBase): (entityId: string) => CardModel | null {
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of kb.claims) {
    const ids = new Set(claim.entityIds);
    if (claim.speakerId) ids.add(claim.speakerId);
    for (const id of ids) {
      const list = claimsOf.get(id);
      if (list) list.push(claim);
      else claimsOf.set(id, [claim]);
    }
  }
  const linkOf = new Map<string, ClaimLink>();
  for (const link of kb.links ?? []) for (const id of link.claimIds) linkOf.set(id, link);
  const cache = new Map<string, CardModel | null>();

  function build(entityId: string): CardModel | null {
    const entity = entities.get(entityId);
    if (!entity) return null;
    const all = claimsOf.get(entityId) ?? [];
    const chosen = all
      .map((claim, i) => ({ claim, i, r: rank(claim, entityId) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .slice(0, CARD_CLAIM_LIMIT)
      .map(({ claim }): CardClaim => {
        const source = sources.get(claim.sourceId);
        const link = linkOf.get(claim.id);
        const out: CardClaim = {
          id: claim.id,
          text: claim.text,
          summaryRedundant: claim.quote ? restates(claim.quote, claim.text) : false,
          sourceTitle: source?.title ?? claim.sourceId,
        };
        if (claim.quote) out.quote = claim.quote;
        const speaker = claim.speakerId ? entities.get(claim.speakerId)?.name : undefined;
        if (speaker) out.speaker = speaker;
        if (source?.publisher) out.publisher = source.publisher;
        const date = claim.date ?? source?.date;
        if (date) out.date = date;
        if (link) out.link = { type: link.type, note: link.note };
        return out;
      });
    const model: CardModel = {
      entityId,
      name: entity.name,
      type: entity.type,
      relations: (entity.relations ?? []).flatMap((r) => {
        const target = entities.get(r.targetId)?.name;
        return target ? [{ label: relationLabel(r.type, r.label), target }] : [];
      }),
      claims: chosen,
      totalClaims: all.length,
    };
    if (entity.role) {
      model.role = entity.role.text;
      const when = sourceMonth(sources.get(entity.role.sourceId));
      if (when) model.roleAsOf = when;
    }
    if (entity.description) model.description = entity.description.text;
    return model;
  }

  return (entityId) => {
    if (!cache.has(entityId)) cache.set(entityId, build(entityId));
    return cache.get(entityId) ?? null;
  };
}

// Words that carry no content; a summary and a quote sharing only these say different things.
const STOP_WORDS = new Set(
  'the and for that this with was were has have had are not but its his her their they them from into than then said says would will about over also which who'.split(
    ' ',
  ),
);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => w.length > 2 && !STOP_WORDS.has(w),
  );
}

/**
 * True when the quote carries (nearly) every content word of the summary,
 * i.e. the summary only restates the quote.
 */
export function restates(quote: string, summary: string): boolean {
  const words = contentWords(summary);
  if (words.length === 0) return true;
  const inQuote = new Set(contentWords(quote));
  const shared = words.filter((w) => inQuote.has(w)).length;
  return shared / words.length >= 0.6;
}

/**
 * A KB date as precise as it is, in the reader's locale: "2020-02-12" →
 * "12 Feb 2020", "2020-02" → "Feb 2020" (en-GB); text that is not an ISO date
 * is returned unchanged.
 */
export function formatDate(iso: string, locale = 'en-GB'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      ...(day ? { day: 'numeric' } : {}),
    }).format(date);
  } catch {
    return iso;
  }
}
