/**
 * Build-time compilation of a validated KB into its runtime form: the KB with
 * aliases normalised, the matcher's alias tables and the search index, all
 * plain JSON. The build writes the matcher packed to a file of its own
 * (generated/matcher.bin) and the rest to generated/kb.json, which the
 * background, popup and options page bundle.
 */
import { compileMatcher, type CompiledMatcher } from '../matcher/index';
import type { AliasEntry } from '../matcher/types';
import { prepareSearchIndex, type SearchIndexData } from '../search/index';
import { arabicCliticForms } from './arabic-clitics';
import { aliasSpecs, nameSpec, normalizeKb } from './normalize-kb';
import type { AliasSpec, Entity, KnowledgeBase } from './types';

/** Version of the `generated/kb.json` layout; bump on incompatible changes. */
export const COMPILED_KB_FORMAT_VERSION = 2;

/** What `scripts/build-kb.ts` writes to `generated/kb.json`. */
export interface BundledKb {
  formatVersion: typeof COMPILED_KB_FORMAT_VERSION;
  /** The KB with every alias an AliasSpec object (see `normalizeKb`). */
  kb: KnowledgeBase;
  search: SearchIndexData;
}

/** A compiled KB: the bundled part plus the matcher's tables. */
export interface CompiledKb extends BundledKb {
  matcher: CompiledMatcher;
}

function toEntry(entity: Entity, spec: AliasSpec): AliasEntry {
  const entry: AliasEntry = {
    entityId: entity.id,
    entityType: entity.type,
    text: spec.text,
    match: spec.match ?? 'alone',
  };
  if (spec.kind !== undefined) entry.kind = spec.kind;
  if (spec.caseSensitive !== undefined) entry.caseSensitive = spec.caseSensitive;
  if (spec.aloneAfterArticle) entry.aloneAfterArticle = true;
  if (spec.lowerCase) entry.lowerCase = true;
  if (spec.inflected) entry.inflected = true;
  if (spec.notBefore !== undefined) entry.notBefore = spec.notBefore;
  if (spec.notAfter !== undefined) entry.notAfter = spec.notAfter;
  return entry;
}

/**
 * One matcher entry per distinct surface form: the name, then every alias,
 * with their rules; then the joined forms of the Arabic ones (see
 * ./arabic-clitics.ts), with the same rules, as case forms.
 */
export function aliasEntriesFromKb(kb: KnowledgeBase): AliasEntry[] {
  const entries: AliasEntry[] = [];
  for (const entity of kb.entities) {
    const seen = new Set<string>();
    const specs = [nameSpec(entity), ...aliasSpecs(entity)];
    for (const spec of specs) {
      if (seen.has(spec.text)) continue;
      seen.add(spec.text);
      entries.push(toEntry(entity, spec));
    }
    for (const spec of specs) {
      for (const text of arabicCliticForms(spec.text)) {
        if (seen.has(text)) continue;
        seen.add(text);
        entries.push(toEntry(entity, { ...spec, text, inflected: true }));
      }
    }
  }
  return entries;
}

/** Entity id → ids it has a relation to (the matcher treats this as symmetric). */
export function relatedEntities(kb: KnowledgeBase): Record<string, string[]> {
  const related: Record<string, string[]> = {};
  for (const entity of kb.entities) {
    const targets = [...new Set((entity.relations ?? []).map((r) => r.targetId))];
    if (targets.length > 0) related[entity.id] = targets;
  }
  return related;
}

/** Compile a validated KB (run `validateKb` first) into its runtime form. */
export function compileKb(kb: KnowledgeBase): CompiledKb {
  const normalized = normalizeKb(kb);
  return {
    formatVersion: COMPILED_KB_FORMAT_VERSION,
    kb: normalized,
    matcher: compileMatcher(aliasEntriesFromKb(normalized), { related: relatedEntities(kb) }),
    search: prepareSearchIndex(normalized),
  };
}

/** The part of a compiled KB that `generated/kb.json` holds. */
export function bundledPart({ formatVersion, kb, search }: CompiledKb): BundledKb {
  return { formatVersion, kb, search };
}

/**
 * Checks the envelope of `generated/kb.json` (the content was validated at
 * build time). Throws with a clear message on a stale or foreign file.
 */
export function parseBundledKb(data: unknown): BundledKb {
  if (typeof data !== 'object' || data === null) {
    throw new Error('compiled KB: not an object; run `npm run build:kb`');
  }
  const record = data as Partial<BundledKb>;
  if (record.formatVersion !== COMPILED_KB_FORMAT_VERSION) {
    throw new Error(
      `compiled KB: format version ${String(record.formatVersion)}, expected ${COMPILED_KB_FORMAT_VERSION}; run \`npm run build:kb\``,
    );
  }
  if (!record.kb || !record.search) {
    throw new Error('compiled KB: missing kb or search; run `npm run build:kb`');
  }
  return record as BundledKb;
}
