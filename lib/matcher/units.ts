/**
 * Text as the matcher sees it: a stream of units. A unit is a word token (a
 * maximal run of letters/digits, ignorable characters skipped inside it) or a
 * single punctuation character. Whitespace separates units without being one,
 * so "Hulusi   Akar" and "Hulusi Akar" are the same two units, while a line
 * break ends every name in progress. Aliases and page text go through the
 * same scanner, which keeps compile and match consistent.
 */
import * as fold from '../text/fold';

/** FNV-1a, over folded UTF-16 code units. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
/** Seed for punctuation units, so "-" never hashes like a word. */
export const PUNCT_SEED = 0x5bd1e995 | 0;

// Module copies of imported bindings (see ./scan.ts for why).
const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
const classify = fold.classify;
const WORD = fold.CharClass.Word;
const IGNORABLE = fold.CharClass.Ignorable;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;

/** Hash of a one-character punctuation unit. */
export function punctHash(folded: number): number {
  return Math.imul(PUNCT_SEED ^ folded, FNV_PRIME);
}

/** Units of one string, as compiled for an alias or checked for a candidate span. */
export interface Units {
  /** Unit hashes in order. */
  hashes: number[];
  /** Folded unit texts in order ("hulusi", "akar", "-", "'"). */
  texts: string[];
  /** True for word units. */
  isWord: boolean[];
  /** True if a line break occurred between units. */
  broken: boolean;
}

const codes: number[] = [];

/**
 * Splits `text[start, end)` into units. `table` picks the folding of the unit
 * texts (case-folded by default, or case-kept); hashes are always case-folded.
 */
export function unitsOf(
  text: string,
  start = 0,
  end = text.length,
  table: Uint16Array = FOLD,
): Units {
  const hashes: number[] = [];
  const texts: string[] = [];
  const isWord: boolean[] = [];
  let broken = false;
  let sawBreak = false;
  let h = FNV_OFFSET;
  codes.length = 0;
  for (let i = start; i <= end; i++) {
    let k: number = NEWLINE;
    let c = 0;
    if (i < end) {
      c = text.charCodeAt(i);
      k = CLS[c]!;
      if (k === 0) k = classify(c);
      if (k === WORD) {
        codes.push(table[c]!);
        h = Math.imul(h ^ FOLD[c]!, FNV_PRIME);
        continue;
      }
      if (k === IGNORABLE) continue;
    }
    if (codes.length > 0) {
      if (sawBreak) broken = true;
      hashes.push(h);
      texts.push(String.fromCharCode.apply(null, codes));
      isWord.push(true);
      codes.length = 0;
      h = FNV_OFFSET;
    }
    if (i === end || k === SPACE) continue;
    if (k === NEWLINE) {
      if (hashes.length > 0) sawBreak = true;
      continue;
    }
    if (sawBreak) broken = true;
    hashes.push(Math.imul(PUNCT_SEED ^ FOLD[c]!, FNV_PRIME));
    texts.push(String.fromCharCode(table[c]!));
    isWord.push(false);
  }
  return { hashes, texts, isWord, broken };
}

/** Canonical comparison key of a span: its unit texts joined by single spaces. */
export function unitKey(
  text: string,
  start = 0,
  end = text.length,
  table: Uint16Array = FOLD,
): string {
  return unitsOf(text, start, end, table).texts.join(' ');
}

/** Case-kept canonical key (diacritics folded, case kept). */
export function caseKeptKey(text: string, start = 0, end = text.length): string {
  return unitKey(text, start, end, fold.caseKeepTable);
}

/** Folded word tokens of `text` (punctuation dropped), for word lists like `notAfter`. */
export function foldedWords(text: string): string[] {
  const u = unitsOf(text);
  return u.texts.filter((_, i) => u.isWord[i]);
}
