import { describe, expect, it } from 'vitest';
import { decodeInts, encodeInts } from '../../../lib/matcher/base64';
import {
  compileMatcher,
  CompiledMatcherError,
  loadMatcher,
  type CompiledMatcher,
} from '../../../lib/matcher/index';
import { alias, found } from './helpers';

describe('integer tables', () => {
  it('round-trips values of every width', () => {
    for (const values of [
      [],
      [0],
      [1, 63],
      [64, 4095],
      [4096, 262_143],
      [262_144, 16_777_215, 0],
      [16_777_216, 1_073_741_823],
      [1_073_741_824, 2147483647, -1, -2147483648, 42],
    ]) {
      expect(Array.from(decodeInts(encodeInts(values)))).toEqual(values);
    }
  });

  it('uses the fewest digits that hold the largest value', () => {
    expect(encodeInts([5, 6])).toBe('BFG');
    expect(encodeInts([0, 4095])).toHaveLength(1 + 2 * 2);
    expect(encodeInts([0, 262_143])).toHaveLength(1 + 2 * 3);
    expect(encodeInts([-1])).toHaveLength(1 + 6);
  });

  it('rejects malformed input', () => {
    expect(() => decodeInts('')).toThrow();
    expect(() => decodeInts('CAAA')).toThrow(/whole number/);
    expect(() => decodeInts('*AA')).toThrow(/width/);
    expect(() => decodeInts('HAA')).toThrow(/width/);
    expect(() => decodeInts('CA*')).toThrow(/invalid/);
    expect(() => decodeInts('DAAÄ')).toThrow(/invalid/);
    expect(() => decodeInts('BÄ')).toThrow(/invalid/);
    // Six digits hold 36 bits; a value past 32 bits is not from the encoder.
    expect(() => decodeInts('G//////')).toThrow(/invalid/);
  });

  it('decodes long tables exactly', () => {
    const values = Int32Array.from({ length: 10_001 }, (_, i) => Math.imul(i, 0x9e3779b1));
    expect(decodeInts(encodeInts(values))).toEqual(values);
    const small = Int32Array.from({ length: 10_001 }, (_, i) => (i * 7919) % 200_000);
    expect(decodeInts(encodeInts(small))).toEqual(small);
  });
});

describe('compileMatcher / loadMatcher', () => {
  const entries = [alias('erdogan', 'Recep Tayyip Erdogan'), alias('erdogan', 'Erdogan')];

  it('produces plain JSON that survives a round trip unchanged', () => {
    const compiled = compileMatcher(entries);
    const copy = JSON.parse(JSON.stringify(compiled)) as CompiledMatcher;
    expect(copy).toEqual(compiled);
    expect(compiled.formatVersion).toBe(3);
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
    expect(() => loadMatcher({ ...good, formatVersion: 2 } as unknown as CompiledMatcher)).toThrow(
      CompiledMatcherError,
    );
    expect(() => loadMatcher({ ...good, entityIds: 'erdogan' })).toThrow(/entityIds/);
    expect(() => loadMatcher({ ...good, aliasKeys: good.aliasKeys.slice(0, -1) })).toThrow(
      /aliasKeys/,
    );
    expect(() => loadMatcher({ ...good, aliasEntity: encodeInts([0, 1]) })).toThrow(/entity/);
    expect(() => loadMatcher({ ...good, aliasCount: 5 })).toThrow(/aliasCount/);
    expect(() => loadMatcher({ ...good, aliasNode: encodeInts([999, 999]) })).toThrow(/node/);
    expect(() => loadMatcher(null as unknown as CompiledMatcher)).toThrow(CompiledMatcherError);
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
