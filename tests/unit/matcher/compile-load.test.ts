import { describe, expect, it } from 'vitest';
import { decodeInt32, encodeInt32 } from '../../../lib/matcher/base64';
import {
  compileMatcher,
  CompiledMatcherError,
  loadMatcher,
  type CompiledMatcher,
} from '../../../lib/matcher/index';
import { alias, found } from './helpers';

describe('base64 tables', () => {
  it('round-trips int32 values of every length', () => {
    for (const values of [[], [0], [1, -1], [2147483647, -2147483648, 42], [5, 6, 7, 8, 9]]) {
      expect(Array.from(decodeInt32(encodeInt32(values)))).toEqual(values);
    }
  });

  it('rejects malformed input', () => {
    expect(() => decodeInt32('abc')).toThrow();
    expect(() => decodeInt32('AAA*AAAA')).toThrow();
    expect(() => decodeInt32('AAAAAAAÄ')).toThrow();
    // A bad digit next to the padding, and padding where a digit must be.
    expect(() => decodeInt32('AAAAAA*=')).toThrow();
    expect(() => decodeInt32('AAAAA=AA')).toThrow();
  });

  it('decodes long tables exactly', () => {
    const values = Int32Array.from({ length: 10_001 }, (_, i) => Math.imul(i, 0x9e3779b1));
    expect(decodeInt32(encodeInt32(values))).toEqual(values);
  });
});

describe('compileMatcher / loadMatcher', () => {
  const entries = [alias('erdogan', 'Recep Tayyip Erdogan'), alias('erdogan', 'Erdogan')];

  it('produces plain JSON that survives a round trip unchanged', () => {
    const compiled = compileMatcher(entries);
    const copy = JSON.parse(JSON.stringify(compiled)) as CompiledMatcher;
    expect(copy).toEqual(compiled);
    expect(compiled.formatVersion).toBe(2);
    expect(compiled.entityIds).toBe('erdogan\n');
    expect(compiled.aliasCount).toBe(2);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compileMatcher(entries))).toBe(JSON.stringify(compileMatcher(entries)));
  });

  it('drops aliases without any letter or digit, or with a line break', () => {
    const compiled = compileMatcher([alias('x', '—'), alias('x', 'a\nb'), alias('x', 'Ok')]);
    expect(compiled.aliasCount).toBe(1);
    expect(found(loadMatcher(compiled), 'Ok')).toEqual(['x:Ok']);
  });

  it('loads an empty table and finds nothing', () => {
    expect(loadMatcher(compileMatcher([])).findMentions('Erdogan')).toEqual([]);
  });

  it('rejects malformed compiled data with a clear error', () => {
    const good = compileMatcher(entries);
    expect(() => loadMatcher({ ...good, formatVersion: 3 } as unknown as CompiledMatcher)).toThrow(
      CompiledMatcherError,
    );
    expect(() => loadMatcher({ ...good, entityIds: 'erdogan' })).toThrow(/entityIds/);
    expect(() => loadMatcher({ ...good, aliasKeys: good.aliasKeys.slice(0, -1) })).toThrow(
      /aliasKeys/,
    );
    expect(() => loadMatcher({ ...good, aliasEntity: encodeInt32([0, 1]) })).toThrow(/entity/);
    expect(() => loadMatcher({ ...good, aliasCount: 5 })).toThrow(/aliasCount/);
    expect(() => loadMatcher({ ...good, aliasNode: encodeInt32([999, 999]) })).toThrow(/node/);
    expect(() => loadMatcher(null as unknown as CompiledMatcher)).toThrow(CompiledMatcherError);
  });

  it('still loads version 1 data (entity ids as an array, keys ended by a line feed)', () => {
    const v2 = compileMatcher([
      alias('erdogan', 'Recep Tayyip Erdogan'),
      alias('erdogan', 'Erdogan', { match: 'context' }),
      alias('akar', 'Hulusi Akar'),
    ]);
    const v1 = {
      ...v2,
      formatVersion: 1,
      entityIds: ['erdogan', 'akar'],
      aliasKeys: v2.aliasKeys.replaceAll('\u0085', '\n'),
    } as unknown as CompiledMatcher;
    const text = 'Recep Tayyip Erdogan met Hulusi Akar. Erdogan said so.';
    expect(found(loadMatcher(v1), text)).toEqual(found(loadMatcher(v2), text));
    expect(found(loadMatcher(v1), text)).toEqual([
      'erdogan:Recep Tayyip Erdogan',
      'akar:Hulusi Akar',
      'erdogan:Erdogan',
    ]);
    expect(() => loadMatcher({ ...v1, entityIds: ['a\nb'] } as unknown as CompiledMatcher)).toThrow(
      CompiledMatcherError,
    );
  });

  it('rejects an entity id with a line break at compile time', () => {
    expect(() => compileMatcher([alias('bad\nid', 'Name')])).toThrow(/line break/);
  });

  it('ignores unknown ids in related and treats relations as symmetric', () => {
    const compiled = compileMatcher(
      [alias('a', 'Alpha', { match: 'context' }), alias('b', 'Bravo Charlie')],
      { related: { b: ['a', 'nope'], nope: ['a'] } },
    );
    expect(compiled.related).toEqual({ '0': [1], '1': [0] });
    expect(found(loadMatcher(compiled), 'Alpha met Bravo Charlie')).toEqual([
      'a:Alpha',
      'b:Bravo Charlie',
    ]);
  });

  it('stays linear and correct with many aliases sharing prefixes', () => {
    const many = Array.from({ length: 5000 }, (_, i) => alias(`e${i}`, `Name${i} Family${i % 50}`));
    const m = loadMatcher(compileMatcher(many));
    expect(found(m, 'Then Name42 Family42 and Name4999 Family49 met Name7 Family8.')).toEqual([
      'e42:Name42 Family42',
      'e4999:Name4999 Family49',
    ]);
  });
});
