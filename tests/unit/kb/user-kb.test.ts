import { describe, expect, it } from 'vitest';
import { findJsonDuplicateKey, findJsonSyntaxError } from '../../../lib/kb/json-error';
import {
  lineColumn,
  mergeStoredUserKb,
  parseJsonWithPosition,
  parseUserKbFile,
} from '../../../lib/kb/user-kb';
import { validKb } from './kb-fixture';

const bundled = validKb();

const userKb = {
  entities: [
    {
      id: 'barcin-yinanc',
      type: 'person',
      name: 'Barçın Yinanç',
      aliases: ['Barcin Yinanc'],
    },
  ],
  claims: [
    {
      id: 'user-claim',
      text: 'A claim about a bundled entity.',
      speakerId: 'barcin-yinanc',
      entityIds: ['barcin-yinanc', 'recep-tayyip-erdogan'],
      kind: 'assessment',
      sourceId: 'article-a',
    },
  ],
  sources: [],
};

describe('parseUserKbFile', () => {
  it('accepts a valid file that refers to bundled entities and sources', () => {
    const result = parseUserKbFile(JSON.stringify(userKb), bundled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kb.entities.map((e) => e.id)).toEqual(['barcin-yinanc']);
    expect(result.merged.entities).toHaveLength(bundled.entities.length + 1);
    expect(result.merged.claims.map((c) => c.id)).toContain('user-claim');
  });

  it('accepts a byte-order mark', () => {
    expect(parseUserKbFile(`\uFEFF${JSON.stringify(userKb)}`, bundled).ok).toBe(true);
  });

  it('reports invalid JSON with line and column', () => {
    const text = '{\n  "entities": [\n    { "id": "x", }\n  ]\n}';
    expect(parseUserKbFile(text, bundled)).toEqual({
      ok: false,
      errors: [{ path: 'line 3, column 16', message: 'invalid JSON: trailing comma before "}"' }],
    });
  });

  it('reports an empty file, an empty KB and a non-object', () => {
    expect(parseUserKbFile('  \n', bundled)).toEqual({
      ok: false,
      errors: [{ path: '(file)', message: 'the file is empty' }],
    });
    expect(parseUserKbFile('{}', bundled)).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: 'the file holds no entities and no claims' }],
    });
    const array = parseUserKbFile('[]', bundled);
    expect(array.ok).toBe(false);
    expect(!array.ok && array.errors[0]).toMatchObject({ path: '(root)' });
  });

  it('reports ids that clash with the bundled KB, with paths inside the user file', () => {
    const clash = structuredClone(userKb);
    clash.entities.push({ id: 'turkey', type: 'place', name: 'Türkei', aliases: [] });
    clash.claims[0]!.id = 'peskov-support';
    const result = parseUserKbFile(JSON.stringify(clash), bundled);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'entities[1].id',
          message: 'duplicate entity id "turkey" (first used at bundled KB entities[1])',
        },
        {
          path: 'claims[0].id',
          message: 'duplicate claim id "peskov-support" (first used at bundled KB claims[1])',
        },
      ],
    });
  });

  it('reports an alias clash with the bundled KB only at the user entry', () => {
    const clash = structuredClone(userKb);
    clash.entities[0]!.aliases.push('Peskov');
    const result = parseUserKbFile(JSON.stringify(clash), bundled);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'entities[0].aliases[1]',
          message:
            '"Peskov" is also a name of "dmitry-peskov" (bundled KB entities[2].aliases[0]); if both are meant, mark every such entry "ambiguous": true',
        },
      ],
    });
  });

  it('reports every schema and reference error of the file', () => {
    const bad = structuredClone(userKb) as unknown as Record<string, Record<string, unknown>[]>;
    bad.entities![0]!.type = 'human';
    bad.claims![0]!.speakerId = 'nobody';
    bad.claims![0]!.sourceId = 'nowhere';
    const result = parseUserKbFile(JSON.stringify(bad), bundled);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'entities[0].type',
      'claims[0].speakerId',
      'claims[0].sourceId',
    ]);
  });

  it('rejects files over the size limit without parsing them', () => {
    const result = parseUserKbFile(' '.repeat(5_000_001), bundled);
    expect(!result.ok && result.errors[0]!.message).toMatch(/too large/);
  });
});

describe('mergeStoredUserKb', () => {
  it('merges a valid stored KB and normalises its aliases', () => {
    const result = mergeStoredUserKb(bundled, userKb);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kb.entities).toHaveLength(bundled.entities.length + 1);
    const added = result.kb.entities.find((e) => e.id === 'barcin-yinanc');
    // Normalised as for pages: every alias an object.
    expect(added?.aliases?.every((a) => typeof a === 'object')).toBe(true);
  });

  it('rejects a stored KB that was edited into an invalid one', () => {
    const edited = structuredClone(userKb);
    edited.claims[0]!.speakerId = 'nobody-known';
    const result = mergeStoredUserKb(bundled, edited);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(/nobody-known/);
  });

  it.each([5, 'x', [], { entities: 5 }, { entities: [{}] }])(
    'gives errors for stored %j, never a throw',
    (stored) => {
      expect(mergeStoredUserKb(bundled, stored).ok).toBe(false);
    },
  );
});

describe('JSON error positions', () => {
  it('computes 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it.each([
    ['{"a": 1,}', 7, 'trailing comma before "}"'],
    ['[1, 2,]', 5, 'trailing comma before "]"'],
    ["{'a': 1}", 1, 'strings must use double quotes'],
    ['{"a" 1}', 5, 'unexpected "1" where ":" was expected'],
    ['{"a": 1 "b": 2}', 8, 'unexpected "\\"" where "," or "}" was expected'],
    ['{"a": "x\ny"}', 8, 'unescaped control character (e.g. a line break) in string'],
    ['{"a": "xy', 6, 'unterminated string'],
    ['{"a": [1, 2', 11, 'unexpected end of file where "," or "]" was expected'],
    ['{"a": tru}', 6, 'unexpected "t" where a value was expected'],
    ['{} x', 3, 'unexpected text after the end of the JSON value'],
    ['', 0, 'unexpected end of file where a value was expected'],
  ])('finds the error in %j', (text, offset, reason) => {
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(findJsonSyntaxError(text)).toEqual({ offset, reason });
  });

  it('finds a key repeated in one object, which JSON.parse would let replace the first', () => {
    const text = '{"a": 1, "b": {"a": 2}, "c": [{"a": 3}], "a": 4}';
    expect(JSON.parse(text)).toEqual({ a: 4, b: { a: 2 }, c: [{ a: 3 }] });
    expect(findJsonDuplicateKey(text)).toEqual({
      offset: text.lastIndexOf('"a"'),
      reason: 'the key "a" appears twice in one object (only the last would count)',
    });
    // "\u0062" is "b": the same key written another way.
    const escaped = '{"a": {"\\u0062": 1, "b": 2}}';
    expect(findJsonDuplicateKey(escaped)?.offset).toBe(escaped.indexOf('"b"'));
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  it('rejects a user KB whose entity lists its aliases twice', () => {
    const text = '{\n  "entities": [\n    { "id": "x", "aliases": [], "aliases": ["X"] }\n  ]\n}';
    expect(parseUserKbFile(text, bundled)).toEqual({
      ok: false,
      errors: [
        {
          path: 'line 3, column 33',
          message:
            'invalid JSON: the key "aliases" appears twice in one object (only the last would count)',
        },
      ],
    });
  });

  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', '"x\\u00e9"', '-1.5e3', ' {"a": [true, false, null]} ']) {
      expect(findJsonSyntaxError(text)).toBeNull();
      expect(parseJsonWithPosition(text).ok).toBe(true);
    }
  });
});
