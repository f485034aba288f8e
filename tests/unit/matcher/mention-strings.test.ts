/**
 * Mention strings are made while the scanner's text is in cache and shared
 * between mentions spelled alike (./lib/matcher/mention-texts.ts); context
 * aliases of an entity already named get their verdict early. Neither may
 * change what is found.
 */
import { describe, expect, it } from 'vitest';
import { alias, found, matcherFor } from './helpers';

const people = matcherFor([
  alias('erdogan', 'Recep Tayyip Erdogan'),
  alias('erdogan', 'Erdoğan', { kind: 'surname' }),
  alias('akar', 'Hulusi Akar'),
  alias('akar', 'Akar', { kind: 'surname', match: 'context' }),
  alias('peskov', 'Dmitry Peskov'),
  alias('peskov', 'Peskov', { kind: 'surname', match: 'context' }),
]);

describe('mention strings', () => {
  it('gives each mention the text at its own offsets, whatever the spelling', () => {
    const text =
      'Erdogan met Hulusi Akar. ERDOGAN said Akar and AKAR agreed; Erdoğan, Erdogan’s aide, ' +
      'and erdoğan again. Akar left. Erdogan.';
    const mentions = people.findMentions(text);
    expect(mentions.map((m) => m.text)).toEqual([
      'Erdogan',
      'Hulusi Akar',
      'ERDOGAN',
      'Akar',
      'AKAR',
      'Erdoğan',
      'Erdogan',
      'Akar',
      'Erdogan',
    ]);
    for (const m of mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it('forgets one call’s strings before the next', () => {
    // A matcher of its own: the same names at the same offsets, call after call.
    const m = matcherFor([
      alias('akar', 'Hulusi Akar'),
      alias('akar', 'Akar', { kind: 'surname', match: 'context' }),
    ]);
    expect(found(m, 'Hulusi Akar and Akar.')).toEqual(['akar:Hulusi Akar', 'akar:Akar']);
    expect(found(m, 'Hulusi AKAR and AKAR.')).toEqual(['akar:Hulusi AKAR', 'akar:AKAR']);
    expect(found(m, 'Hulusi Akar and Akar.')).toEqual(['akar:Hulusi Akar', 'akar:Akar']);
  });

  it('judges a surname the same before and after its full name', () => {
    // "Vassili Peskov" is another Peskov wherever the full name comes, and
    // a bare "Peskov" is the one named last before it.
    expect(found(people, 'Dmitry Peskov spoke. Vassili Peskov did not. Peskov left.')).toEqual([
      'peskov:Dmitry Peskov',
    ]);
    expect(found(people, 'Vassili Peskov did not. Peskov left. Dmitry Peskov spoke.')).toEqual([
      'peskov:Dmitry Peskov',
    ]);
    expect(found(people, 'Vassili Peskov did not. Dmitry Peskov spoke. Peskov left.')).toEqual([
      'peskov:Dmitry Peskov',
      'peskov:Peskov',
    ]);
  });

  it('keeps the strings of many aliases apart', () => {
    // Names of one length, each named twice: a mix-up between aliases would
    // hand one alias's string to another.
    const names = Array.from(
      { length: 3000 },
      (_, i) => `Name${String(i).padStart(4, '0')} Person`,
    );
    const m = matcherFor(names.map((name, i) => alias(`e${i}`, name)));
    const text = [...names, ...names.map((n) => n.toUpperCase()), ...names].join(', ');
    const mentions = m.findMentions(text);
    expect(mentions).toHaveLength(9000);
    mentions.forEach((x, i) => {
      expect(x.entityId).toBe(`e${i % 3000}`);
      expect(x.text).toBe(text.slice(x.start, x.end));
    });
  });
});
