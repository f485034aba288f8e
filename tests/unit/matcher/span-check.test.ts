/**
 * Candidate spans are checked against their alias key by a quick
 * same-length comparison first and by the full unit walk otherwise: both
 * must accept the same spellings.
 */
import { describe, expect, it } from 'vitest';
import { alias, found, matcherFor } from './helpers';

const m = matcherFor([
  alias('idlib', 'Idlib province', { entityType: 'place' }),
  alias('assad', 'Bashar al-Assad'),
  alias('ciller', 'Tansu Çiller'),
  alias('un', 'U.N.', { entityType: 'organization' }),
]);

describe('span check against the alias key', () => {
  it('accepts spellings as long as the key (capitals, folded letters, spaced punctuation)', () => {
    expect(found(m, 'IDLIB PROVINCE')).toEqual(['idlib:IDLIB PROVINCE']);
    expect(found(m, 'Idlib Province')).toEqual(['idlib:Idlib Province']);
    expect(found(m, 'Bashar al - Assad')).toEqual(['assad:Bashar al - Assad']);
    expect(found(m, 'TANSU ÇİLLER')).toEqual(['ciller:TANSU ÇİLLER']);
    expect(found(m, 'Tansu Ciller')).toEqual(['ciller:Tansu Ciller']);
  });

  it('accepts spellings of another length or spacing', () => {
    expect(found(m, 'Idlib  province')).toEqual(['idlib:Idlib  province']);
    expect(found(m, 'Idlib\u00a0province')).toEqual(['idlib:Idlib\u00a0province']);
    expect(found(m, 'Idlib prov\u00adince')).toEqual(['idlib:Idlib prov\u00adince']);
    expect(found(m, 'BASHAR AL-ASSAD')).toEqual(['assad:BASHAR AL-ASSAD']);
    expect(found(m, 'the U.N. said')).toEqual(['un:U.N.']);
    expect(found(m, 'the U. N. said')).toEqual(['un:U. N.']);
  });
});
