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
  });
});

describe('compileMatcher / loadMatcher', () => {
  const entries = [alias('erdogan', 'Recep Tayyip Erdogan'), alias('erdogan', 'Erdogan')];

  it('produces plain JSON that survives a round trip unchanged', () => {
    const compiled = compileMatcher(entries);
    const copy = JSON.parse(JSON.stringify(compiled)) as CompiledMatcher;
    expect(copy).toEqual(compiled);
    expect(compiled.formatVersion).toBe(1);
    expect(compiled.entityIds).toEqual(['erdogan']);
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
    expect(() => loadMatcher({ ...good, formatVersion: 2 } as unknown as CompiledMatcher)).toThrow(
      CompiledMatcherError,
    );
    expect(() => loadMatcher({ ...good, aliasCount: 5 })).toThrow(/aliasCount/);
    expect(() => loadMatcher({ ...good, aliasNode: encodeInt32([999, 999]) })).toThrow(/node/);
    expect(() => loadMatcher(null as unknown as CompiledMatcher)).toThrow(CompiledMatcherError);
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
