/**
 * Turns a knowledge base into flat search records: one per entity (name and
 * every alias) and one per claim (summary, quote, speaker name).
 */
import type { AliasInput, KnowledgeBase } from '../kb/types';

/** What a record points at. */
export type SearchKind = 'entity' | 'claim';

/** One searchable record, original (unfolded) text. Absent fields are omitted. */
export interface SearchRecord {
  kind: SearchKind;
  /** Entity id or claim id. */
  id: string;
  name?: string;
  aliases?: string[];
  summary?: string;
  quote?: string;
  speaker?: string;
}

/** JSON-serialisable search index, built at build time into `generated/kb.json`. */
export interface SearchIndexData {
  formatVersion: 1;
  records: SearchRecord[];
}

function aliasText(a: AliasInput): string {
  return typeof a === 'string' ? a : a.text;
}

/** Builds the search records for `kb`. Pure and deterministic. */
export function prepareSearchIndex(kb: KnowledgeBase): SearchIndexData {
  const names = new Map<string, string>();
  const records: SearchRecord[] = [];
  for (const e of kb.entities) {
    names.set(e.id, e.name);
    const aliases = [...new Set(e.aliases.map(aliasText))].filter(
      (a) => a.trim() !== '' && a !== e.name,
    );
    const rec: SearchRecord = { kind: 'entity', id: e.id, name: e.name };
    if (aliases.length) rec.aliases = aliases;
    records.push(rec);
  }
  for (const c of kb.claims) {
    const rec: SearchRecord = { kind: 'claim', id: c.id, summary: c.text };
    if (c.quote) rec.quote = c.quote;
    const speaker = c.speakerId ? names.get(c.speakerId) : undefined;
    if (speaker) rec.speaker = speaker;
    records.push(rec);
  }
  return { formatVersion: 1, records };
}
