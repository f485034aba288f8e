/**
 * The US-namesake rule for places: "Moscow, Kansas" is not the Russian
 * capital. Asked for every place candidate of a page, so the common answer
 * (no capital letter, or no state, follows) is found without building words
 * or strings.
 */
import * as fold from '../text/fold';
import * as pageText from './page-text';
import type { RuleContext } from './rules';
import * as wordLists from './word-lists';
import * as wordSet from './word-set';
import { HashedWordSet } from './word-set';

// Module copies of imported bindings (see ./scan.ts for why).
const CLS = fold.charClassTable;
const UPPER = fold.upperTable;
const classify = fold.classify;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;
const IGNORABLE = fold.CharClass.Ignorable;
const WORD = fold.CharClass.Word;
const SOFT_PUNCT = pageText.SOFT_PUNCT;
const wordsAround = pageText.wordsAround;
const wordsMatch = pageText.wordsMatch;
const foldedWordHash = wordSet.foldedWordHash;
const US_POSTAL_CODES = wordLists.US_POSTAL_CODES;
const US_STATES = wordLists.US_STATES;

const US_STATE_FIRST_WORDS = new HashedWordSet(new Set(US_STATES.map((s) => s[0]!)));
/** Soft punctuation `wordsAround` skips (see ./page-text.ts), plus the comma of "Moscow, ID". */
const SKIP_TO_STATE = ',()[]"“”«»';

/**
 * True unless an upper-case letter follows `end` after only spaces, line
 * breaks and soft punctuation: both a state name and a postal code need one,
 * and most places are followed by a lower-case word or a full stop.
 */
function noCapitalAfter(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k === SPACE || k === NEWLINE || k === IGNORABLE || SKIP_TO_STATE.includes(text[i]!)) {
      continue;
    }
    return UPPER[c] !== 1;
  }
  return true;
}

/**
 * True if a US state or its postal code follows the place ending at `end`
 * ("Moscow, Kansas", "Moscow, ID"), unless entity `entity`'s own aliases
 * name that state.
 */
export function followedByUsState(ctx: RuleContext, end: number, entity: number): boolean {
  const { text } = ctx;
  if (noCapitalAfter(text, end)) return false;
  // The first word `wordsAround(text, end, …)` finds, located without building it.
  const n = text.length;
  let i = end;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k !== SPACE && k !== IGNORABLE && !SOFT_PUNCT.includes(text[i]!)) break;
  }
  if (i >= n || CLS[text.charCodeAt(i)] !== WORD || UPPER[text.charCodeAt(i)] !== 1) return false;
  const start = i;
  let wordEnd = i + 1;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k === WORD) wordEnd = i + 1;
    else if (k !== IGNORABLE) break;
  }
  if (US_STATE_FIRST_WORDS.hasSpan(text, start, wordEnd, foldedWordHash(text, start, wordEnd))) {
    const words = wordsAround(text, end, 2, false);
    for (const state of US_STATES) {
      if (wordsMatch(words, state, false) && !state.every((s) => ctx.hasWord(entity, s)))
        return true;
    }
  }
  return postalCodeAfter(text, end);
}

const POSTAL_CODE_AFTER = /^\s*,\s*([A-Z]{2})\b/;
const REGEXP_SPACE = /^\s$/;

/** "Moscow, ID": a postal code right after a comma. */
function postalCodeAfter(text: string, end: number): boolean {
  // Most places are followed by no comma: no slice and no regex for them.
  const limit = Math.min(text.length, end + 8);
  let i = end;
  while (i < limit && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i >= limit || text.charCodeAt(i) !== 44) return false;
  const m = POSTAL_CODE_AFTER.exec(text.slice(end, end + 8));
  return m !== null && US_POSTAL_CODES.has(m[1]!);
}

/** True if `c` is `\s` in a regular expression. */
function isRegExpSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return REGEXP_SPACE.test(String.fromCharCode(c));
}
