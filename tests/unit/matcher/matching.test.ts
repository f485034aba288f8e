import { describe, expect, it } from 'vitest';
import { alias, found, matcherFor } from './helpers';

const people = matcherFor([
  alias('erdogan', 'Recep Tayyip Erdogan'),
  alias('erdogan', 'Erdoğan', { kind: 'surname' }),
  alias('akar', 'Hulusi Akar'),
  alias('akar', 'Akar', { kind: 'surname', match: 'context' }),
  alias('assad', 'Bashar al-Assad'),
  alias('unluhisarcikli', 'Özgür Ünlühisarcıklı'),
  alias('istanbul', 'İstanbul', { entityType: 'place' }),
  alias('idlib', 'Idlib', { entityType: 'place' }),
  alias('idlib', 'Idlib province', { entityType: 'place' }),
  alias('un', 'U.N.', { entityType: 'organization' }),
]);

describe('findMentions: words and offsets', () => {
  it('reports exact offsets: text === input.slice(start, end)', () => {
    const text = 'Yesterday Recep Tayyip Erdogan met Hulusi Akar in Idlib province.';
    const mentions = people.findMentions(text);
    expect(mentions.map((m) => m.text)).toEqual([
      'Recep Tayyip Erdogan',
      'Hulusi Akar',
      'Idlib province',
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('matches whole words only', () => {
    expect(found(people, 'Idlibs Erdoganist Akarsu Idlib2')).toEqual([]);
    expect(found(people, 'pro-Erdogan, (Idlib)')).toEqual(['erdogan:Erdogan', 'idlib:Idlib']);
  });

  it('uses Unicode word boundaries, not ASCII \\b', () => {
    expect(found(people, 'Erdoğanı Erdoganç')).toEqual([]);
    expect(found(people, 'çErdogan')).toEqual([]);
  });

  it('prefers the longest alias', () => {
    expect(found(people, 'Recep Tayyip Erdogan spoke.')).toEqual(['erdogan:Recep Tayyip Erdogan']);
    expect(found(people, 'Hulusi Akar spoke.')).toEqual(['akar:Hulusi Akar']);
    expect(found(people, 'fighting in Idlib province')).toEqual(['idlib:Idlib province']);
  });

  it('falls back to a shorter alias when the longer one does not complete', () => {
    expect(found(people, 'Recep Tayyip said Erdogan')).toEqual(['erdogan:Erdogan']);
  });

  it('accepts any spaces between words, but never a line break', () => {
    expect(found(people, 'Hulusi \u00A0  Akar and Recep\tTayyip Erdogan')).toEqual([
      'akar:Hulusi \u00A0  Akar',
      'erdogan:Recep\tTayyip Erdogan',
    ]);
    expect(found(people, 'Hulusi\nAkar')).toEqual([]);
    expect(found(people, 'Recep Tayyip\nErdogan')).toEqual(['erdogan:Erdogan']);
  });

  it('does not match across punctuation', () => {
    expect(found(people, 'Hulusi, Akar')).toEqual([]);
  });

  it('folds diacritics both ways and Turkish i with exact offsets', () => {
    const text = 'ÖZGÜR ÜNLÜHİSARCIKLI and Ozgur Unluhisarcikli in İstanbul and Istanbul';
    const mentions = people.findMentions(text);
    expect(mentions.map((m) => m.entityId)).toEqual([
      'unluhisarcikli',
      'unluhisarcikli',
      'istanbul',
      'istanbul',
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[0]!.text).toBe('ÖZGÜR ÜNLÜHİSARCIKLI');
  });

  it('skips soft hyphens and zero-width characters inside names, keeping offsets', () => {
    const text = 'Then Hu\u00ADlusi A\u200Bkar and Er\u00ADdo\u200Dgan spoke';
    const mentions = people.findMentions(text);
    expect(mentions.map((m) => [m.entityId, m.start, m.end])).toEqual([
      ['akar', 5, 18],
      ['erdogan', 23, 32],
    ]);
    expect(mentions[0]!.text).toBe('Hu\u00ADlusi A\u200Bkar');
  });

  it('handles possessives: the mention covers only the name', () => {
    expect(people.findMentions("Erdogan's plan").map((m) => m.text)).toEqual(['Erdogan']);
    expect(people.findMentions('Erdogan’s plan').map((m) => m.text)).toEqual(['Erdogan']);
    expect(people.findMentions('Erdoganʼs plan').map((m) => m.text)).toEqual(['Erdogan']);
    // A plural possessive is the family's: "the Erdogans' home" names no one person.
    expect(people.findMentions("the Erdogans' home")).toEqual([]);
    expect(people.findMentions("Erdogans' home").map((m) => m.text)).toEqual([]);
  });

  it('reads a person’s genitive without apostrophe ("Erdogans Regierung"), not a place’s', () => {
    // German, Dutch and the Nordic languages write the genitive so; in
    // English a place's name with an "s" is another word ("Frances").
    const genitive = people.findMentions('Erdogans Regierung');
    expect(genitive.map((m) => [m.text, m.start, m.end])).toEqual([['Erdogan', 0, 7]]);
    expect(found(people, 'Hulusi Akars Plan')).toEqual(['akar:Hulusi Akar']);
    expect(found(people, 'Idlibs Lage')).toEqual([]);
    expect(found(people, 'the erdogans')).toEqual([]);
    const places = matcherFor([
      alias('france', 'France', { entityType: 'place', kind: 'surname' }),
      alias('russia', 'Russland', { entityType: 'place', kind: 'exonym' }),
      alias('kremlin', 'Kremlin', { entityType: 'organization' }),
    ]);
    expect(found(places, 'Frances McDormand. Kremlins of Kazan. Russlands Rolle.')).toEqual([
      'russia:Russland',
    ]);
  });

  it('continues a word after an apostrophe even with a letter never seen before', () => {
    // "ꝏ" occurs nowhere else in this file: it is classified on first sight,
    // so it must be classified before deciding "Erdogans’" is a plural possessive.
    expect(found(people, 'the Erdogans’ꝏ home')).toEqual([]);
  });

  it('treats hyphen variants alike', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2212']) {
      expect(found(people, `Bashar al${dash}Assad`)).toEqual([`assad:Bashar al${dash}Assad`]);
    }
    expect(found(people, 'Bashar al Assad')).toEqual([]);
  });

  it('matches aliases with punctuation', () => {
    const m = people.findMentions('the U.N. said');
    expect(m.map((x) => x.text)).toEqual(['U.N.']);
  });

  it('returns sorted, non-overlapping mentions', () => {
    const text = 'Idlib province, Erdogan, Hulusi Akar, Idlib, Erdogan’s Idlib';
    const mentions = people.findMentions(text);
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
    expect(mentions).toHaveLength(6);
  });

  it('handles empty text, text without names and names at the very edges', () => {
    expect(people.findMentions('')).toEqual([]);
    expect(people.findMentions('nothing here')).toEqual([]);
    expect(found(people, 'Erdogan')).toEqual(['erdogan:Erdogan']);
  });

  it('picks one entity when two share an alias, preferring the one named on the page', () => {
    const m = matcherFor([
      alias('bashar', 'Bashar al-Assad'),
      alias('bashar', 'Assad', { kind: 'surname' }),
      alias('hafez', 'Hafez al-Assad'),
      alias('hafez', 'Assad', { kind: 'surname' }),
    ]);
    expect(found(m, 'Hafez al-Assad ruled. Assad died in 2000.')).toEqual([
      'hafez:Hafez al-Assad',
      'hafez:Assad',
    ]);
  });
});
