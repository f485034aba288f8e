/**
 * Membership of a page word in a fixed list of folded words, asked without
 * building the word's string: the rules ask it of thousands of neighbouring
 * words per page, and a string per word made garbage collection a visible
 * share of matching. Words are found by the hash the scanner uses for a
 * unit, then compared letter by letter, so the answer is the list's own.
 */
import * as fold from '../text/fold';
import * as units from './units';

// Module copies of imported bindings (see ./scan.ts for why).
const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
const classify = fold.classify;
const WORD = fold.CharClass.Word;
const FNV_OFFSET = units.FNV_OFFSET;
const FNV_PRIME = units.FNV_PRIME;

/** Unit hash of the word token text[start, end): its folded letters, as the scanner hashes them. */
export function foldedWordHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k === WORD) h = Math.imul(h ^ FOLD[c]!, FNV_PRIME);
  }
  return h;
}

/** True if the word token text[start, end) folds to `word`. */
export function foldsTo(text: string, start: number, end: number, word: string): boolean {
  let q = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k !== WORD) continue;
    if (q >= word.length || word.charCodeAt(q) !== FOLD[c]) return false;
    q++;
  }
  return q === word.length;
}

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A fixed set of folded words, testable on a span of page text. */
export class HashedWordSet {
  /** Open addressing over the words' hashes, one word a slot; "" marks an empty slot. */
  private readonly hashes: Int32Array;
  private readonly words: string[];
  private readonly mask: number;

  constructor(words: ReadonlySet<string>) {
    let size = 16;
    while (size < words.size * 4) size <<= 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string>(size).fill('');
    this.mask = size - 1;
    for (const w of words) {
      if (w === '') continue;
      const h = hashOf(w);
      let s = h & this.mask;
      while (this.words[s] !== '') s = (s + 1) & this.mask;
      this.hashes[s] = h;
      this.words[s] = w;
    }
  }

  /** True if the word token text[start, end), whose unit hash is `hash`, folds to a word of the set. */
  hasSpan(text: string, start: number, end: number, hash: number): boolean {
    const { hashes, words, mask } = this;
    for (let s = hash & mask; words[s] !== ''; s = (s + 1) & mask) {
      if (hashes[s] === hash && foldsTo(text, start, end, words[s]!)) return true;
    }
    return false;
  }
}
