import { describe, expect, it } from 'vitest';
import { myersDistance, myersPattern } from '@/lib/search/myers';

/** Textbook DP: least edits from `p` to any substring of `t`. */
function slowDistance(p: string, t: string): number {
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  let best = prev[p.length]!;
  for (let j = 1; j <= t.length; j++) {
    const cur = [0];
    for (let i = 1; i <= p.length; i++) {
      const sub = prev[i - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1));
    }
    prev = cur;
    best = Math.min(best, prev[p.length]!);
  }
  return best;
}

describe('Myers semi-global edit distance', () => {
  it('agrees with the textbook DP on random strings', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (n: number): string =>
      Array.from({ length: n }, () => 'abcde '.charAt(rand(6))).join('');
    for (let k = 0; k < 2000; k++) {
      const p = word(1 + rand(32));
      const t = word(rand(60));
      expect([p, t, myersDistance(myersPattern(p), t)]).toEqual([p, t, slowDistance(p, t)]);
    }
  });

  it('finds known distances', () => {
    expect(myersDistance(myersPattern('erdgan'), 'recep tayyip erdogan')).toBe(1);
    expect(myersDistance(myersPattern('idleb'), 'in idlib province')).toBe(1);
    expect(myersDistance(myersPattern('akar'), 'hulusi akar')).toBe(0);
    expect(myersDistance(myersPattern('xyz'), '')).toBe(3);
  });

  it('rejects patterns fuse.js would split', () => {
    expect(() => myersPattern('')).toThrow(RangeError);
    expect(() => myersPattern('x'.repeat(33))).toThrow(RangeError);
  });
});
