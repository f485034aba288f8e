/**
 * Conversions between the two ways a KB file may write aliases:
 * - normalised (runtime) form: every alias an `AliasSpec` object with `match` set;
 * - export form: aliases as plain strings, non-default rules in `aliasRules`
 *   (the format `kb export` prints and other tools read).
 */
import type { AliasSpec, Claim, ClaimLink, Entity, KnowledgeBase, Source } from './types';

/** The default rule of an alias written as a plain string. */
export const DEFAULT_ALIAS_MATCH = 'alone';

/** The rule `aliasRules` gives for `text`, if any (exact text match). */
function ruleFor(entity: Entity, text: string): AliasSpec | undefined {
  return entity.aliasRules?.find((rule) => rule.text === text);
}

function withMatch(spec: AliasSpec): AliasSpec {
  return { ...spec, match: spec.match ?? DEFAULT_ALIAS_MATCH };
}

/** Every alias of `entity` as a full AliasSpec, string aliases merged with their `aliasRules`. */
export function aliasSpecs(entity: Entity): AliasSpec[] {
  return entity.aliases.map((alias) => {
    if (typeof alias !== 'string') return withMatch(alias);
    return withMatch({ ...ruleFor(entity, alias), text: alias });
  });
}

/** The rule for the canonical name: an `aliasRules` entry naming it, else the default. */
export function nameSpec(entity: Entity): AliasSpec {
  return withMatch({ ...ruleFor(entity, entity.name), text: entity.name });
}

function isDefaultSpec(spec: AliasSpec): boolean {
  return Object.entries(spec).every(
    ([key, value]) =>
      key === 'text' || (key === 'match' && value === DEFAULT_ALIAS_MATCH) || value === undefined,
  );
}

/** A spec without its defaults, for `aliasRules`. */
function ruleOf(spec: AliasSpec): AliasSpec {
  const { text, match, ...rest } = spec;
  return match === undefined || match === DEFAULT_ALIAS_MATCH
    ? { text, ...rest }
    : { text, match, ...rest };
}

/** The KB with every alias an AliasSpec; `aliasRules` keeps only a rule for the name. */
export function normalizeKb(kb: KnowledgeBase): KnowledgeBase {
  return {
    ...kb,
    entities: kb.entities.map((entity) => {
      const name = ruleFor(entity, entity.name);
      const out: Entity = { ...entity, aliases: aliasSpecs(entity) };
      delete out.aliasRules;
      if (name && !isDefaultSpec(name)) out.aliasRules = [ruleOf(name)];
      return out;
    }),
  };
}

function exportEntity(entity: Entity): Entity {
  const specs = aliasSpecs(entity);
  const rules = [nameSpec(entity), ...specs].filter((s) => !isDefaultSpec(s)).map(ruleOf);
  // Fixed key order so exports diff cleanly.
  const out: Entity = {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: specs.map((s) => s.text),
  };
  if (rules.length > 0) out.aliasRules = rules;
  if (entity.role) out.role = entity.role;
  if (entity.description) out.description = entity.description;
  if (entity.relations) out.relations = entity.relations;
  return out;
}

function exportClaim(claim: Claim): Claim {
  const { id, text, quote, speakerId, reportedBy, entityIds, kind, date, sourceId, selector } =
    claim;
  return stripUndefined({
    id,
    text,
    quote,
    speakerId,
    reportedBy,
    entityIds,
    kind,
    date,
    sourceId,
    selector,
  });
}

function exportSource(source: Source): Source {
  const { id, title, publisher, author, date, dateRange, dateNote, url, textPath } = source;
  return stripUndefined({ id, title, publisher, author, date, dateRange, dateNote, url, textPath });
}

function exportLink(link: ClaimLink): ClaimLink {
  const { id, type, claimIds, note } = link;
  return { id, type, claimIds, note };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Export form: aliases as plain strings (in order), every non-default rule in
 * `aliasRules`. Re-validates and round-trips through `normalizeKb`.
 */
export function toExportForm(kb: KnowledgeBase): Required<KnowledgeBase> {
  return {
    entities: kb.entities.map(exportEntity),
    claims: kb.claims.map(exportClaim),
    sources: kb.sources.map(exportSource),
    links: (kb.links ?? []).map(exportLink),
  };
}
