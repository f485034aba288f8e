import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../lib/kb/alias-key';
import { formatKbErrors, validateKb, type KbError } from '../../../lib/kb/validate';
import type { KnowledgeBase } from '../../../lib/kb/types';
import { SOURCE_TEXT, validKb } from './kb-fixture';

const texts = { 'article-a': SOURCE_TEXT };

function errorsOf(input: unknown, sourceTexts?: Record<string, string>): KbError[] {
  const result = validateKb(input, sourceTexts ? { sourceTexts } : {});
  return result.ok ? [] : result.errors;
}

function broken(edit: (kb: KnowledgeBase) => void): KnowledgeBase {
  const kb = validKb();
  edit(kb);
  return kb;
}

/** Loose view of a KB for writing deliberately invalid values. */
type Loose = Record<string, Record<string, unknown>[]>;

describe('validateKb: a valid KB', () => {
  it('accepts the fixture, with and without source texts', () => {
    expect(errorsOf(validKb())).toEqual([]);
    expect(errorsOf(validKb(), texts)).toEqual([]);
    const result = validateKb(validKb(), { sourceTexts: texts });
    expect(result.ok && result.kb.entities.map((e) => e.id)).toEqual([
      'recep-tayyip-erdogan',
      'turkey',
      'dmitry-peskov',
    ]);
  });

  it('treats missing top-level arrays as empty', () => {
    expect(validateKb({ entities: [] })).toEqual({
      ok: true,
      kb: { entities: [], claims: [], sources: [] },
    });
  });
});

describe('validateKb: schema errors', () => {
  it('rejects non-objects at the root', () => {
    for (const input of [null, [], 'kb', 3]) {
      expect(errorsOf(input)).toEqual([
        { path: '(root)', message: expect.stringContaining('must be a JSON object') as string },
      ]);
    }
  });

  it('rejects unknown top-level keys with the allowed list', () => {
    const errors = errorsOf({ ...validKb(), entitys: [] });
    expect(errors).toEqual([
      {
        path: 'entitys',
        message: 'unknown top-level key "entitys" (allowed: entities, claims, sources, links)',
      },
    ]);
  });

  it('rejects unknown keys inside items, at every level', () => {
    const kb = validKb() as unknown as Loose;
    kb.claims![0]!.speakerID = 'x';
    (kb.entities![0]!.role as Record<string, unknown>).source = 'x';
    (kb.entities![0]!.aliases as Record<string, unknown>[])[3] = { text: 'E', mtch: 'alone' };
    const paths = errorsOf(kb).map((e) => e.path);
    expect(paths).toEqual([
      'entities[0].role.source',
      'entities[0].aliases[3].mtch',
      'claims[0].speakerID',
    ]);
  });

  it('reports every bad field: ids, empty strings, enums, dates, missing fields', () => {
    const kb = validKb() as unknown as Loose;
    kb.entities![1]!.id = 'Turkey_1';
    kb.entities![1]!.type = 'country';
    kb.entities![2]!.name = '   ';
    kb.claims![1]!.kind = 'rumour';
    kb.claims![1]!.date = '2020-02-30';
    delete kb.claims![1]!.text;
    kb.sources![0]!.dateRange = { from: '2020-03-01', to: '2020-02-01' };
    kb.sources![0]!.url = 'not a url';
    const errors = errorsOf(kb);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      // Renaming "turkey" leaves its references dangling, and that is reported too.
      'entities[0].relations[0].targetId: unknown entity id "turkey"',
      'entities[1].id: id "Turkey_1" must be kebab-case (e.g. "hulusi-akar")',
      'entities[1].type: must be one of "person", "place", "organization", "event", "agreement", got "country"',
      'entities[2].name: must not be empty',
      'claims[0].entityIds[1]: unknown entity id "turkey"',
      'claims[1].text: is required',
      'claims[1].kind: must be one of "statement", "threat", "assessment", "figure", "event-report", got "rumour"',
      'claims[1].date: must be an ISO 8601 date ("2020", "2020-02" or "2020-02-12"), got "2020-02-30"',
      'sources[0].dateRange: "from" must not be after "to"',
      'sources[0].url: must be an http(s) URL',
    ]);
  });

  it('accepts an alias as a string or an AliasSpec, and rejects anything else', () => {
    const kb = validKb() as unknown as Loose;
    kb.entities![1]!.aliases = ['Türkiye', { text: 'Turkiye', kind: 'diacritic-free' }, 42, [], ''];
    expect(errorsOf(kb).map((e) => e.path)).toEqual([
      'entities[1].aliases[2]',
      'entities[1].aliases[3]',
      'entities[1].aliases[4]',
    ]);
  });

  it('requires at least one entity per claim and two claims per link', () => {
    const kb = broken((k) => {
      k.claims[0]!.entityIds = [];
      k.links![0]!.claimIds = ['peskov-support'];
    });
    expect(errorsOf(kb).map((e) => e.path)).toEqual(['claims[0].entityIds', 'links[0].claimIds']);
  });

  it('still checks references when other items fail the schema', () => {
    const kb = validKb() as unknown as Loose;
    kb.claims![0]!.kind = 'nope';
    kb.claims![1]!.speakerId = 'nobody';
    const errors = errorsOf(kb);
    expect(errors.map((e) => e.path)).toEqual(['claims[0].kind', 'claims[1].speakerId']);
  });

  it('still checks the valid fields of an item that fails the schema', () => {
    const kb = validKb() as unknown as Loose;
    kb.claims![0]!.kind = 'nope';
    kb.claims![0]!.speakerId = 'nobody';
    kb.entities![2]!.type = 'human';
    kb.entities![2]!.aliases = ['Turkey'];
    expect(errorsOf(kb).map((e) => e.path)).toEqual([
      'entities[1].name',
      'entities[2].type',
      'entities[2].aliases[0]',
      'claims[0].kind',
      'claims[0].speakerId',
    ]);
  });

  it('does not report references to an item that exists but is itself invalid', () => {
    const kb = validKb() as unknown as Loose;
    kb.entities![1]!.type = 'country';
    // Claims and relations still point at "turkey": only the type error is reported.
    expect(errorsOf(kb).map((e) => e.path)).toEqual(['entities[1].type']);
  });
});

describe('validateKb: duplicate ids', () => {
  it('reports a repeated id in each collection, at the later item', () => {
    const kb = broken((k) => {
      k.entities.push({ ...k.entities[1]!, aliases: [], name: 'Turkey again' });
      k.claims.push({ ...k.claims[1]! });
      k.sources.push({ ...k.sources[0]! });
      k.links!.push({ ...k.links![0]! });
    });
    const errors = errorsOf(kb);
    expect(errors).toContainEqual({
      path: 'entities[3].id',
      message: 'duplicate entity id "turkey" (first used at entities[1])',
    });
    expect(errors).toContainEqual({
      path: 'claims[2].id',
      message: 'duplicate claim id "peskov-support" (first used at claims[1])',
    });
    expect(errors).toContainEqual({
      path: 'sources[1].id',
      message: 'duplicate source id "article-a" (first used at sources[0])',
    });
    expect(errors).toContainEqual({
      path: 'links[1].id',
      message: 'duplicate link id "both-about-turkey" (first used at links[0])',
    });
  });

  it('allows the same id in different collections', () => {
    const kb = broken((k) => {
      k.sources[0]!.id = 'turkey';
      for (const c of k.claims) c.sourceId = 'turkey';
      k.entities[0]!.role!.sourceId = 'turkey';
      k.entities[0]!.relations![0]!.sourceId = 'turkey';
      k.entities[2]!.aliases = ['Peskov'];
    });
    expect(errorsOf(kb)).toEqual([]);
  });
});

describe('validateKb: dangling references', () => {
  it('reports every kind of reference to a missing id', () => {
    const kb = broken((k) => {
      const [erdogan, , peskov] = k.entities;
      erdogan!.role!.sourceId = 'no-source-1';
      erdogan!.description = { text: 'x', sourceId: 'no-source-2' };
      erdogan!.relations!.push({ type: 'backs', targetId: 'no-entity-1', sourceId: 'no-source-3' });
      erdogan!.aliasRules!.push({ text: 'Recep Tayyip Erdogan', sourceId: 'no-source-4' });
      peskov!.aliases = [{ text: 'Peskov', sourceId: 'no-source-5' }];
      k.claims[0]!.speakerId = 'no-entity-2';
      k.claims[0]!.entityIds = ['turkey', 'no-entity-3'];
      k.claims[0]!.sourceId = 'no-source-6';
      k.claims[1]!.reportedBy = 'no-source-7';
      k.links![0]!.claimIds = ['peskov-support', 'no-claim'];
    });
    const lines = errorsOf(kb).map((e) => `${e.path}: ${e.message}`);
    expect(lines.sort()).toEqual(
      [
        'entities[0].aliasRules[1].sourceId: unknown source id "no-source-4"',
        'entities[0].role.sourceId: unknown source id "no-source-1"',
        'entities[0].description.sourceId: unknown source id "no-source-2"',
        'entities[0].relations[1].targetId: unknown entity id "no-entity-1"',
        'entities[0].relations[1].sourceId: unknown source id "no-source-3"',
        'entities[2].aliases[0].sourceId: unknown source id "no-source-5"',
        'claims[0].speakerId: unknown entity id "no-entity-2"',
        'claims[0].entityIds[1]: unknown entity id "no-entity-3"',
        'claims[0].sourceId: unknown source id "no-source-6"',
        'claims[1].reportedBy: unknown source id "no-source-7"',
        'links[0].claimIds[1]: unknown claim id "no-claim"',
      ].sort(),
    );
  });

  it('rejects a relation of an entity to itself and repeated ids in lists', () => {
    const kb = broken((k) => {
      k.entities[1]!.relations = [{ type: 'x', targetId: 'turkey', sourceId: 'article-a' }];
      k.claims[1]!.entityIds = ['dmitry-peskov', 'dmitry-peskov'];
    });
    expect(errorsOf(kb)).toEqual([
      {
        path: 'entities[1].relations[0].targetId',
        message: 'an entity cannot be related to itself',
      },
      { path: 'claims[1].entityIds[1]', message: '"dmitry-peskov" is listed twice' },
    ]);
  });
});

describe('validateKb: aliases', () => {
  it('folds case, diacritics, Turkish ı/İ, apostrophes and whitespace when comparing', () => {
    expect(aliasKey('  Özgür   Ünlühisarcıklı ')).toBe(aliasKey('ozgur unluhisarcikli'));
    expect(aliasKey('İDLİB')).toBe(aliasKey('idlib'));
    expect(aliasKey('Erdoğan’s')).toBe(aliasKey("ERDOGAN'S"));
    expect(aliasKey('Hmeimim')).not.toBe(aliasKey('Khmeimim'));
  });

  it('reports an alias of two entities at both entries', () => {
    const kb = broken((k) => {
      k.entities[1]!.aliases.push('ERDOĞAN');
    });
    const errors = errorsOf(kb);
    expect(errors.map((e) => e.path)).toEqual([
      'entities[0].aliases[1]',
      'entities[0].aliases[2]',
      'entities[1].aliases[1]',
    ]);
    expect(errors[2]!.message).toBe(
      '"ERDOĞAN" is also a name of "recep-tayyip-erdogan" (entities[0].aliases[1]); if both are meant, mark every such entry "ambiguous": true',
    );
  });

  it('detects a clash with a canonical name too', () => {
    const kb = broken((k) => {
      k.entities[2]!.aliases.push('turkey');
    });
    expect(errorsOf(kb).map((e) => e.path)).toEqual(['entities[1].name', 'entities[2].aliases[1]']);
  });

  it('accepts a shared alias only when every entry is marked ambiguous', () => {
    const oneSide = broken((k) => {
      k.entities[1]!.aliases.push({ text: 'Peskov', ambiguous: true });
    });
    expect(errorsOf(oneSide).map((e) => e.path)).toEqual(['entities[2].aliases[0]']);

    const bothSides = broken((k) => {
      k.entities[1]!.aliases.push({ text: 'Peskov', ambiguous: true });
      k.entities[2]!.aliases = [{ text: 'Peskov', ambiguous: true, match: 'context' }];
    });
    expect(errorsOf(bothSides)).toEqual([]);

    // The flag may also come from aliasRules for a string alias.
    const viaRules = broken((k) => {
      k.entities[1]!.aliases.push('Peskov');
      k.entities[1]!.aliasRules = [{ text: 'Peskov', ambiguous: true }];
      k.entities[2]!.aliases = ['Peskov'];
      k.entities[2]!.aliasRules = [{ text: 'Peskov', ambiguous: true }];
    });
    expect(errorsOf(viaRules)).toEqual([]);
  });

  it('lets one entity list variants that fold alike, but not the exact same text twice', () => {
    const kb = broken((k) => {
      k.entities[1]!.aliases = ['Türkiye', 'Turkiye', 'TURKIYE', 'Türkiye', 'Turkey'];
    });
    expect(errorsOf(kb)).toEqual([
      {
        path: 'entities[1].aliases[3]',
        message: 'alias "Türkiye" is listed twice (also at entities[1].aliases[0])',
      },
      {
        path: 'entities[1].aliases[4]',
        message: 'alias "Turkey" is listed twice (also at entities[1].name)',
      },
    ]);
  });

  it('checks that aliasRules name an alias and do not contradict an alias object', () => {
    const kb = broken((k) => {
      k.entities[0]!.aliasRules = [
        { text: 'Erdoğan', kind: 'surname' },
        { text: 'Erdoğan', kind: 'surname' },
        { text: 'Tayyip', match: 'context' },
        { text: 'Erdogan', match: 'context' },
      ];
    });
    expect(errorsOf(kb).map((e) => `${e.path}: ${e.message}`)).toEqual([
      'entities[0].aliasRules[1].text: a second rule for "Erdoğan"',
      'entities[0].aliasRules[2].text: "Tayyip" is neither the name nor one of the aliases',
      'entities[0].aliasRules[3].text: "Erdogan" is already written as an alias object; put its rules in one place',
    ]);
  });
});

describe('validateKb: quotes and selectors', () => {
  it('requires selector.exact to equal the quote', () => {
    const kb = broken((k) => {
      k.claims[0]!.selector!.exact = 'everywhere in Syria';
    });
    expect(errorsOf(kb)).toEqual([
      { path: 'claims[0].selector.exact', message: 'must equal "quote" exactly' },
    ]);
  });

  it('checks quotes against source texts only when they are given', () => {
    const kb = broken((k) => {
      k.claims[1]!.quote = 'Russia would stop supporting the offensive';
    });
    expect(errorsOf(kb)).toEqual([]);
    expect(errorsOf(kb, texts)).toEqual([
      {
        path: 'claims[1].quote',
        message: 'does not occur verbatim in the text of source "article-a"',
      },
    ]);
  });

  it('normalises whitespace but nothing else, and hints at case or quote-mark slips', () => {
    const spaced = broken((k) => {
      k.claims[1]!.quote = 'Russia\n would   keep\tsupporting the offensive';
    });
    expect(errorsOf(spaced, texts)).toEqual([]);
    const curly = broken((k) => {
      k.claims[0]!.quote = '“everywhere in Syria” if another Turkish soldier is killed';
      delete k.claims[0]!.selector;
    });
    expect(errorsOf(curly, texts)).toEqual([
      {
        path: 'claims[0].quote',
        message:
          'does not occur verbatim in the text of source "article-a" (it differs from the source only in letter case or quotation marks)',
      },
    ]);
  });

  it('checks selector prefix and suffix against the source', () => {
    const kb = broken((k) => {
      k.claims[0]!.selector!.prefix = 'political action ';
    });
    expect(errorsOf(kb, texts).map((e) => e.path)).toEqual(['claims[0].selector']);
  });

  it('reports a quoted claim whose source has no text', () => {
    expect(errorsOf(validKb(), {})).toEqual([
      {
        path: 'claims[0].quote',
        message: 'source "article-a" has no text (textPath) to check the quote against',
      },
      {
        path: 'claims[1].quote',
        message: 'source "article-a" has no text (textPath) to check the quote against',
      },
    ]);
  });
});

describe('formatKbErrors', () => {
  it('prints one "file: path: message" line per error, preferring each error\'s own file', () => {
    const text = formatKbErrors(
      [
        { path: 'claims[3].quote', message: 'does not occur' },
        { path: 'entities[0].id', message: 'bad', file: 'kb/entities.json' },
      ],
      'kb/claims.json',
    );
    expect(text).toBe(
      'kb/claims.json: claims[3].quote: does not occur\nkb/entities.json: entities[0].id: bad',
    );
  });
});
