import { describe, expect, it } from 'vitest';
import { containsWord } from '@/lib/spotting/page-spotter';

describe('containsWord (is a piece worth asking about again?)', () => {
  it('finds a key as whole words only', () => {
    expect(containsWord('news from the capital.', 'ap')).toBe(false);
    expect(containsWord('paragraph 4', 'ap')).toBe(false);
    expect(containsWord('(ap) — ankara', 'ap')).toBe(true);
    expect(containsWord('defence minister hulusi akar flew', 'hulusi akar')).toBe(true);
    expect(containsWord('the akarsu river', 'akar')).toBe(false);
  });

  it('finds a key before a possessive or a plural possessive', () => {
    expect(containsWord("akar's plan", 'akar')).toBe(true);
    expect(containsWord("the akars' house", 'akar')).toBe(true);
    expect(containsWord('the akarsu river', 'akar')).toBe(false);
  });

  it('finds a key that starts or ends with punctuation', () => {
    expect(containsWord('the u.s. envoy', 'u.s.')).toBe(true);
    expect(containsWord('a u.s.-led force', 'u.s.')).toBe(true);
  });
});
