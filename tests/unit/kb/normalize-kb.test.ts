import { describe, expect, it } from 'vitest';
import { aliasEntriesFromKb, relatedEntities } from '../../../lib/kb/compile';
import { mergeKbParts, mergeKbs, validateParts } from '../../../lib/kb/merge';
import { normalizeKb, toExportForm } from '../../../lib/kb/normalize-kb';
import { validateKb } from '../../../lib/kb/validate';
import { validKb } from './kb-fixture';

describe('normalizeKb', () => {
  it('turns every alias into an AliasSpec with match set, merging aliasRules', () => {
    const kb = normalizeKb(validKb());
    expect(kb.entities[0]!.aliases).toEqual([
      { text: 'Recep Tayyip Erdogan', match: 'alone' },
      { text: 'Erdoğan', match: 'context', kind: 'surname' },
      { text: 'Erdogan', match: 'context', kind: 'surname' },
    ]);
    expect(kb.entities[0]!.aliasRules).toBeUndefined();
    expect(validateKb(kb).ok).toBe(true);
  });

  it('keeps a rule for the canonical name in aliasRules', () => {
    const input = validKb();
    input.entities[1]!.aliasRules = [{ text: 'Turkey', match: 'context', kind: 'common-word' }];
    const kb = normalizeKb(input);
    expect(kb.entities[1]!.aliasRules).toEqual([
      { text: 'Turkey', match: 'context', kind: 'common-word' },
    ]);
  });
});

describe('toExportForm', () => {
  it('writes aliases as strings and only non-default rules in aliasRules', () => {
    const exported = toExportForm(validKb());
    expect(exported.entities[0]).toMatchObject({
      id: 'recep-tayyip-erdogan',
      type: 'person',
      name: 'Recep Tayyip Erdoğan',
      aliases: ['Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'],
      aliasRules: [
        { text: 'Erdoğan', match: 'context', kind: 'surname' },
        { text: 'Erdogan', match: 'context', kind: 'surname' },
      ],
    });
    expect(exported.entities[1]).toEqual({
      id: 'turkey',
      type: 'place',
      name: 'Turkey',
      aliases: ['Türkiye'],
    });
    for (const entity of exported.entities) {
      expect(entity.aliases.every((a) => typeof a === 'string')).toBe(true);
    }
  });

  it('re-validates and round-trips to the same normalised KB', () => {
    const original = validKb();
    original.entities[1]!.aliasRules = [{ text: 'Turkey', match: 'context' }];
    const exported = JSON.parse(JSON.stringify(toExportForm(original))) as unknown;
    const result = validateKb(exported);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(normalizeKb(result.kb)).toEqual(normalizeKb(original));
    expect(toExportForm(result.kb)).toEqual(exported);
  });
});

describe('aliasEntriesFromKb', () => {
  it('lists the name and every alias once, with their rules and the entity type', () => {
    const entries = aliasEntriesFromKb(validKb());
    expect(entries.filter((e) => e.entityId === 'recep-tayyip-erdogan')).toEqual([
      {
        entityId: 'recep-tayyip-erdogan',
        entityType: 'person',
        text: 'Recep Tayyip Erdoğan',
        match: 'alone',
      },
      {
        entityId: 'recep-tayyip-erdogan',
        entityType: 'person',
        text: 'Recep Tayyip Erdogan',
        match: 'alone',
      },
      {
        entityId: 'recep-tayyip-erdogan',
        entityType: 'person',
        text: 'Erdoğan',
        match: 'context',
        kind: 'surname',
      },
      {
        entityId: 'recep-tayyip-erdogan',
        entityType: 'person',
        text: 'Erdogan',
        match: 'context',
        kind: 'surname',
      },
    ]);
    expect(entries.filter((e) => e.entityId === 'turkey').map((e) => e.text)).toEqual([
      'Turkey',
      'Türkiye',
    ]);
  });

  it('gives the same entries for the export form and the normalised form', () => {
    const kb = validKb();
    expect(aliasEntriesFromKb(toExportForm(kb))).toEqual(aliasEntriesFromKb(kb));
    expect(aliasEntriesFromKb(normalizeKb(kb))).toEqual(aliasEntriesFromKb(kb));
  });

  it('derives related entities from relations', () => {
    expect(relatedEntities(validKb())).toEqual({ 'recep-tayyip-erdogan': ['turkey'] });
  });
});

describe('merging', () => {
  it('mergeKbs appends the user entries', () => {
    const bundled = validKb();
    const user = {
      entities: [{ id: 'x-corp', type: 'organization' as const, name: 'X Corp', aliases: [] }],
      claims: [],
      sources: [],
    };
    const merged = mergeKbs(bundled, user);
    expect(merged.entities.map((e) => e.id)).toEqual([
      'recep-tayyip-erdogan',
      'turkey',
      'dmitry-peskov',
      'x-corp',
    ]);
    expect(merged.links).toHaveLength(1);
  });

  it('mergeKbParts maps merged paths back to each file', () => {
    const { entities, claims, sources, links } = validKb();
    const { locate, errors } = mergeKbParts([
      { file: 'kb/entities.json', data: { entities } },
      { file: 'kb/claims.json', data: { claims: claims.slice(0, 1), sources } },
      { file: 'kb/more.json', data: { claims: claims.slice(1), links } },
    ]);
    expect(errors).toEqual([]);
    expect(locate('claims[1].quote')).toEqual({ file: 'kb/more.json', path: 'claims[0].quote' });
    expect(locate('entities[2].aliases[0]')).toEqual({
      file: 'kb/entities.json',
      path: 'entities[2].aliases[0]',
    });
    expect(locate('(root)')).toEqual({ path: '(root)' });
  });

  it('validateParts names the file and in-file path of each error, and of the other item', () => {
    const { entities, claims, sources } = validKb();
    const result = validateParts([
      { file: 'kb/a.json', data: { entities, sources } },
      { file: 'kb/b.json', data: { claims: [claims[1], { ...claims[1], speakerId: 'nobody' }] } },
      { file: 'kb/c.json', data: [] },
      { file: 'kb/d.json', data: { entities: [], claim: [] } },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          file: 'kb/c.json',
          path: '(root)',
          message: 'a KB file must hold a JSON object with entities, claims, sources, links',
        },
        {
          file: 'kb/d.json',
          path: 'claim',
          message: 'unknown top-level key "claim" (allowed: entities, claims, sources, links)',
        },
        {
          file: 'kb/b.json',
          path: 'claims[1].id',
          message: 'duplicate claim id "peskov-support" (first used at kb/b.json claims[0])',
        },
        { file: 'kb/b.json', path: 'claims[1].speakerId', message: 'unknown entity id "nobody"' },
      ],
    });
  });
});
