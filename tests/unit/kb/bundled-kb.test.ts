/**
 * The real knowledge base in kb/: it validates, every quote is copied exactly
 * from its source, and ids are unique and resolve. The provenance and id
 * checks are written out here on purpose rather than reusing the validator,
 * so a bug in the validator cannot hide a bad quote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeKb, toExportForm } from '../../../lib/kb/normalize-kb';
import type { Claim, KnowledgeBase, Source } from '../../../lib/kb/types';
import { parseUserKbFile } from '../../../lib/kb/user-kb';
import { validateKb } from '../../../lib/kb/validate';
import { loadKbDir, REPO_ROOT } from '../../../scripts/kb-files';

const KB_DIR = path.join(REPO_ROOT, 'kb');

/** kb/*.json concatenated, read without any of the code under test. */
function readRawKb(): KnowledgeBase {
  const kb: Required<KnowledgeBase> = { entities: [], claims: [], sources: [], links: [] };
  for (const name of readdirSync(KB_DIR).filter((n) => n.endsWith('.json'))) {
    const part = JSON.parse(
      readFileSync(path.join(KB_DIR, name), 'utf8'),
    ) as Partial<KnowledgeBase>;
    kb.entities.push(...(part.entities ?? []));
    kb.claims.push(...(part.claims ?? []));
    kb.sources.push(...(part.sources ?? []));
    kb.links.push(...(part.links ?? []));
  }
  return kb;
}

const raw = readRawKb();
const sourcesById = new Map<string, Source>(raw.sources.map((s) => [s.id, s]));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('bundled KB (kb/*.json)', () => {
  it('is not empty', () => {
    expect(raw.entities.length).toBeGreaterThan(0);
    expect(raw.claims.length).toBeGreaterThan(0);
    expect(raw.sources.length).toBeGreaterThan(0);
  });

  it('validates with no errors (schema, ids, references, aliases, quotes)', () => {
    const loaded = loadKbDir(KB_DIR);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it('has no duplicate ids in any collection', () => {
    for (const list of [raw.entities, raw.claims, raw.sources, raw.links ?? []]) {
      const ids = list.map((x) => x.id);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes).toEqual([]);
    }
  });

  it('has no dangling ids', () => {
    const entityIds = new Set(raw.entities.map((e) => e.id));
    const claimIds = new Set(raw.claims.map((c) => c.id));
    const dangling: string[] = [];
    const need = (set: Set<string>, id: string | undefined, where: string) => {
      if (id !== undefined && !set.has(id)) dangling.push(`${where} → ${id}`);
    };
    const sourceIds = new Set(sourcesById.keys());
    for (const e of raw.entities) {
      need(sourceIds, e.role?.sourceId, `${e.id}.role`);
      need(sourceIds, e.description?.sourceId, `${e.id}.description`);
      for (const r of e.relations ?? []) {
        need(entityIds, r.targetId, `${e.id}.relations`);
        need(sourceIds, r.sourceId, `${e.id}.relations`);
      }
      for (const a of [...e.aliases, ...(e.aliasRules ?? [])]) {
        if (typeof a !== 'string') need(sourceIds, a.sourceId, `${e.id}.aliases`);
      }
    }
    for (const c of raw.claims) {
      need(entityIds, c.speakerId, `${c.id}.speakerId`);
      for (const id of c.entityIds) need(entityIds, id, `${c.id}.entityIds`);
      need(sourceIds, c.sourceId, `${c.id}.sourceId`);
      need(sourceIds, c.reportedBy, `${c.id}.reportedBy`);
    }
    for (const l of raw.links ?? []) for (const id of l.claimIds) need(claimIds, id, l.id);
    expect(dangling).toEqual([]);
  });

  it('has no alias shared by two entities unless both entries are marked ambiguous', () => {
    // Same check as the validator's, on the validator's result, to name the offenders.
    const result = validateKb(raw);
    const clashes = result.ok ? [] : result.errors.filter((e) => /also a name of/.test(e.message));
    expect(clashes).toEqual([]);
  });
});

describe('provenance: every claim quote occurs verbatim in its source text', () => {
  const quoted = raw.claims.filter((c): c is Claim & { quote: string } => c.quote !== undefined);

  it('covers the claims', () => {
    expect(quoted.length).toBeGreaterThan(0);
  });

  it.each(quoted.map((c) => [c.id, c] as const))('claim %s', (_id, claim) => {
    const source = sourcesById.get(claim.sourceId);
    expect(source, `source ${claim.sourceId}`).toBeDefined();
    expect(source?.textPath, `source ${claim.sourceId} has a textPath`).toBeTruthy();
    const text = readFileSync(path.join(REPO_ROOT, source!.textPath!), 'utf8');
    expect(squash(text).includes(squash(claim.quote)), `quote: ${claim.quote}`).toBe(true);
    if (claim.selector) expect(claim.selector.exact).toBe(claim.quote);
  });
});

describe('export form of the bundled KB', () => {
  it('re-validates and parses back as a user KB file into the same KB', () => {
    const loaded = loadKbDir(KB_DIR);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const exported = toExportForm(loaded.kb);
    for (const e of exported.entities) {
      expect(e.aliases.every((a) => typeof a === 'string')).toBe(true);
    }
    const empty: KnowledgeBase = { entities: [], claims: [], sources: [] };
    const parsed = parseUserKbFile(JSON.stringify(exported), empty);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    expect(normalizeKb(parsed.kb)).toEqual(normalizeKb(loaded.kb));
  });

  it('clashes on every id when checked against itself as the bundled KB', () => {
    const loaded = loadKbDir(KB_DIR);
    if (!loaded.ok) throw new Error('bundled KB invalid');
    const parsed = parseUserKbFile(JSON.stringify(toExportForm(loaded.kb)), loaded.kb);
    expect(parsed.ok).toBe(false);
    const duplicates = parsed.ok ? [] : parsed.errors.filter((e) => e.path.endsWith('].id'));
    const { entities, claims, sources, links = [] } = loaded.kb;
    expect(duplicates).toHaveLength(
      entities.length + claims.length + sources.length + links.length,
    );
  });
});
