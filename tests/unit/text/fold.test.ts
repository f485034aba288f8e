import { describe, expect, it } from 'vitest';
import { CharClass, charClassOf, foldKeepCase, foldString, foldText } from '../../../lib/text/fold';

describe('foldText', () => {
  it('folds case and diacritics one code unit at a time', () => {
    expect(foldString('Erdoğan ÜNLÜHİSARCIKLI Çavuşoğlu')).toBe('erdogan unluhisarcikli cavusoglu');
  });

  it('folds Turkish dotted İ and dotless ı to i without changing length', () => {
    // JS lower-cases İ to two code units; the fold must not.
    expect('İ'.toLowerCase()).toHaveLength(2);
    const { folded, offsets } = foldText('İstanbul Diyarbakır');
    expect(folded).toBe('istanbul diyarbakir');
    expect(folded).toHaveLength('İstanbul Diyarbakır'.length);
    expect(Array.from(offsets.slice(0, 3))).toEqual([0, 1, 2]);
  });

  it('drops soft hyphens and zero-width characters, mapping back to exact offsets', () => {
    const text = 'Er\u00ADdo\u200Bgan said';
    const { folded, offsets } = foldText(text);
    expect(folded).toBe('erdogan said');
    // "g" of the folded text is at index 4; in the original it is at 6.
    expect(offsets[4]).toBe(6);
    expect(text[offsets[4]!]).toBe('g');
    expect(offsets[folded.length]).toBe(text.length);
  });

  it('drops combining marks of decomposed letters', () => {
    expect(foldString('Erdog\u0306an')).toBe('erdogan');
  });

  it('normalises apostrophes, hyphens and spaces', () => {
    expect(foldString('Erdogan’s ‘x’ ʼy al‐Assad al‑Assad a\u00A0b a\u2009b')).toBe(
      "erdogan's 'x' 'y al-assad al-assad a b a b",
    );
  });

  it('classifies line breaks apart from spaces', () => {
    expect(charClassOf('\n'.charCodeAt(0))).toBe(CharClass.Newline);
    expect(charClassOf('\u2029'.charCodeAt(0))).toBe(CharClass.Newline);
    expect(charClassOf('\u00A0'.charCodeAt(0))).toBe(CharClass.Space);
    expect(charClassOf('\u00AD'.charCodeAt(0))).toBe(CharClass.Ignorable);
    expect(charClassOf('ı'.charCodeAt(0))).toBe(CharClass.Word);
    // Surrogates split words: an emoji is never part of a name.
    expect(charClassOf('😀'.charCodeAt(0))).toBe(CharClass.Punct);
  });

  it('keeps case when asked, still folding diacritics and Turkish i', () => {
    expect(foldKeepCase('İstanbul Erdoğan ıI')).toBe('Istanbul Erdogan iI');
  });
});
