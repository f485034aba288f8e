import { describe, expect, it } from 'vitest';
import { foldedWordHash, HashedWordSet } from '../../../lib/matcher/word-set';
import { alias, matcherFor } from './helpers';

const entries = [
  alias('peskov', 'Dmitry Peskov'),
  alias('peskov', 'Peskov', { kind: 'surname', match: 'context' }),
  alias('moscow', 'Moscow', { entityType: 'place' }),
  alias('turkey', 'Turkey', { entityType: 'place', kind: 'common-word', match: 'context' }),
  alias('ankara', 'Ankara', { entityType: 'place' }),
];

const pages = [
  'Dmitry Peskov said Moscow would answer. Peskov added more.\nTURKEY AND MOSCOW TALK',
  'Vassili Peskov plays hockey. Moscow, Idaho is quiet.',
  'Short: Peskov.',
  (
    'Ankara and Moscow. Turkey is a country. Dmitry Peskov, Peskov.\n'.repeat(200) +
    'Moscow, ID. Peskov Epstein.\n'
  ).repeat(3),
  '',
  'Turkey is best brined. Ankara hosts talks.',
];

describe('matcher work buffers reused between calls', () => {
  it('finds in every text what a fresh matcher finds, whatever came before', () => {
    const reused = matcherFor(entries);
    for (const order of [pages, [...pages].reverse()]) {
      for (const text of order) {
        expect(reused.findMentions(text)).toEqual(matcherFor(entries).findMentions(text));
      }
    }
  });
});

describe('HashedWordSet', () => {
  const set = new HashedWordSet(new Set(['kansas', 'new', 'the']));

  function has(word: string): boolean {
    const text = `[${word}]`;
    const end = word.length + 1;
    return set.hasSpan(text, 1, end, foldedWordHash(text, 1, end));
  }

  it('answers for page words as they fold', () => {
    expect(has('Kansas')).toBe(true);
    expect(has('KANSAS')).toBe(true);
    expect(has('Thé')).toBe(true);
    expect(has('Kansan')).toBe(false);
    expect(has('News')).toBe(false);
  });
});
