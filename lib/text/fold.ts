/**
 * Per-code-unit folding. Every UTF-16 code unit folds to exactly one folded
 * code unit or is ignorable, so a folded position always maps back to one
 * original index: offsets reported to the page stay exact even for İ (whose
 * `toLowerCase()` is two code units), soft hyphens and zero-width characters.
 *
 * Tables are filled lazily: classifying a code unit costs a few regex tests
 * once, then every later occurrence is one typed-array read. Nothing is
 * computed at import time beyond ASCII, so page start-up stays cheap.
 */

/** Character classes, as stored in {@link charClassTable}. 0 means "not classified yet". */
export const CharClass = {
  /** Letter or digit: part of a word token. */
  Word: 1,
  /** Combining mark, soft hyphen, zero-width and other format characters: skipped everywhere. */
  Ignorable: 2,
  /** Horizontal whitespace incl. NBSP. */
  Space: 3,
  /** Line and paragraph breaks: block boundaries no name may cross. */
  Newline: 4,
  /** Hyphen variants, folded to "-". */
  Hyphen: 5,
  /** Apostrophe variants, folded to "'". */
  Apostrophe: 6,
  /** Any other punctuation or symbol (also lone surrogates: astral characters split words). */
  Punct: 7,
} as const;

/** A value of {@link CharClass}. */
export type CharClassValue = (typeof CharClass)[keyof typeof CharClass];

/** Code unit → class; 0 until first seen. Read directly in hot loops, fill via {@link classify}. */
export const charClassTable = new Uint8Array(65536);
/** Code unit → folded code unit (case- and diacritic-folded); valid once classified. */
export const foldTable = new Uint16Array(65536);
/** Code unit → diacritic-folded code unit keeping case; valid once classified. */
export const caseKeepTable = new Uint16Array(65536);
/** Code unit → 1 if it is an upper-case letter (or title case), else 0; valid once classified. */
export const upperTable = new Uint8Array(65536);
/** Code unit → 1 if it is a lower-case letter, else 0; valid once classified. */
export const lowerTable = new Uint8Array(65536);
/**
 * Code unit → `class << 16 | folded code unit`; 0 until classified. The
 * scanner's one read per character: class and fold in a single load.
 */
export const classFoldTable = new Int32Array(65536);

const HYPHENS = '-\u2010\u2011\u2012\u2212\uFE63\uFF0D\u058A\u1806\u2E3A';
const APOSTROPHES = "'\u2019\u2018\u02BC\u02BB\u0060\u00B4\u2032\u201B\uFF07\u02B9";
const NEWLINES = '\n\r\u000B\u000C\u0085\u2028\u2029';
/** Letters without a canonical decomposition that readers still expect folded. */
const EXTRA_FOLDS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  ς: 'σ',
};
/** Same letters with case kept, for case-sensitive aliases. */
const EXTRA_CASE_KEEP: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
};

const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const RE_IGNORABLE = /^[\p{M}\p{Cf}]$/u;
const RE_SPACE = /^\s$/u;
const RE_MARKS = /\p{M}/gu;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;

/** Strips marks after compatibility decomposition; keeps `ch` when that would change length. */
function baseChar(ch: string): string {
  const d = ch.normalize('NFKD').replace(RE_MARKS, '');
  return d.length === 1 ? d : ch;
}

/** Lower-cases one code unit, never changing length (JS maps İ to two code units). */
function lowerOne(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === 1 ? l : ch;
}

/** Classifies code unit `c`, filling every table for it; returns its class. */
export function classify(c: number): CharClassValue {
  const ch = String.fromCharCode(c);
  let cls: CharClassValue;
  let folded = c;
  let keep = c;
  if (c >= 0xd800 && c <= 0xdfff) {
    cls = CharClass.Punct;
  } else if (NEWLINES.includes(ch)) {
    cls = CharClass.Newline;
    folded = keep = 10;
  } else if (HYPHENS.includes(ch)) {
    cls = CharClass.Hyphen;
    folded = keep = 45;
  } else if (APOSTROPHES.includes(ch)) {
    cls = CharClass.Apostrophe;
    folded = keep = 39;
  } else if (c === 0xad || RE_IGNORABLE.test(ch)) {
    // Soft hyphen, ZWSP/ZWJ/ZWNJ, word joiner, BOM, bidi marks and combining marks.
    cls = CharClass.Ignorable;
  } else if (RE_SPACE.test(ch)) {
    cls = CharClass.Space;
    folded = keep = 32;
  } else if (RE_LETTER_OR_DIGIT.test(ch)) {
    cls = CharClass.Word;
    const extra = EXTRA_FOLDS[ch];
    const base = extra ?? baseChar(ch);
    folded = lowerOne(base).charCodeAt(0);
    keep = (EXTRA_CASE_KEEP[ch] ?? baseChar(ch)).charCodeAt(0);
    if (RE_UPPER.test(ch)) upperTable[c] = 1;
    else if (RE_LOWER.test(ch)) lowerTable[c] = 1;
  } else {
    cls = CharClass.Punct;
    const b = ch.normalize('NFKC');
    folded = keep = b.length === 1 ? b.charCodeAt(0) : c;
  }
  foldTable[c] = folded;
  caseKeepTable[c] = keep;
  charClassTable[c] = cls;
  classFoldTable[c] = (cls << 16) | folded;
  return cls;
}

/** Class of code unit `c` (classifying it on first use). */
export function charClassOf(c: number): CharClassValue {
  const k = charClassTable[c]!;
  return k === 0 ? classify(c) : (k as CharClassValue);
}

/** Folded code unit of `c`: lower case, no diacritics; meaningful unless `c` is ignorable. */
export function foldCode(c: number): number {
  if (charClassTable[c] === 0) classify(c);
  return foldTable[c]!;
}

/** True when `c` is an upper- or title-case letter. */
export function isUpperCode(c: number): boolean {
  if (charClassTable[c] === 0) classify(c);
  return upperTable[c] === 1;
}

/** True when `c` is a lower-case letter. */
export function isLowerCode(c: number): boolean {
  if (charClassTable[c] === 0) classify(c);
  return lowerTable[c] === 1;
}

// ASCII is on every page: classify it up front (cheap, 128 entries).
for (let c = 0; c < 128; c++) classify(c);

/** A folded string with a map from each folded index back to the original. */
export interface FoldedText {
  /** Folded text: ignorables dropped, spaces → " ", breaks → "\n", hyphens → "-", apostrophes → "'". */
  folded: string;
  /**
   * `offsets[i]` is the index in the original of `folded[i]`; `offsets[folded.length]`
   * is the original length, so a folded range [a, b) maps to
   * [offsets[a], offsets[b - 1] + 1).
   */
  offsets: Int32Array;
}

/**
 * Folds `text` for comparison: case and diacritics folded, ignorable
 * characters removed, with an exact offset map back to `text`.
 */
export function foldText(text: string): FoldedText {
  const n = text.length;
  const offsets = new Int32Array(n + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (charClassOf(c) === CharClass.Ignorable) continue;
    offsets[out.length] = i;
    out.push(foldTable[c]!);
  }
  offsets[out.length] = n;
  let folded = '';
  for (let i = 0; i < out.length; i += 4096) {
    folded += String.fromCharCode(...out.slice(i, i + 4096));
  }
  return { folded, offsets: offsets.slice(0, out.length + 1) };
}

/** Folds a short string (an alias, a word list entry): same rules as {@link foldText}, no map. */
export function foldString(text: string): string {
  return foldText(text).folded;
}

/** Diacritic-folds `text` keeping letter case (for case-sensitive aliases); drops ignorables. */
export function foldKeepCase(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (charClassOf(c) === CharClass.Ignorable) continue;
    out += String.fromCharCode(caseKeepTable[c]!);
  }
  return out;
}
