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
const US_STATE_NAMES = wordLists.US_STATE_NAMES;

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

/** Folded full state names ("new york") and postal codes → the state's postal code. */
const STATE_CODES = new Map<string, string>();
for (const [name, code] of US_STATE_NAMES) {
  STATE_CODES.set(name.toLowerCase(), code);
  STATE_CODES.set(name.toUpperCase(), code);
  STATE_CODES.set(name, code);
  STATE_CODES.set(code, code);
}

/**
 * True if a qualifier list, folded as the KB's lists are ("idaho", "new
 * york", "id"), is a US state's name or postal code.
 */
export function isUsStateList(list: string[]): boolean {
  const joined = list.join(' ');
  return STATE_CODES.has(joined) || STATE_CODES.has(joined.toUpperCase());
}

/**
 * Postal codes of the US states a place alias's `notAfter` lists name
 * ("Moscow, Idaho" → "ID"): the KB's word that the name is also a US
 * town's there. Empty for most aliases.
 */
export function usNamesakeStates(after: string[][] | undefined): string[] {
  const out: string[] = [];
  for (const list of after ?? []) {
    const code = STATE_CODES.get(list.join(' '));
    if (code !== undefined && code.length === 2 && !out.includes(code)) out.push(code);
  }
  return out;
}

const POSTAL_ALTERNATION = [...US_STATE_NAMES.values()].join('|');
const NAME_ALTERNATION = [...US_STATE_NAMES.keys()]
  .flatMap((s) => [s, s.toUpperCase()])
  .map((s) => s.replace(' ', '[ \u00a0]+'))
  .join('|');
/**
 * A state on the page: its name, capitalised or in capitals ("Virginia",
 * "MADISON COUNTY, VIRGINIA"), or a postal code after a lower-case word and
 * a comma, ending its line or phrase ("Syria, VA", "Syria, VA 22743"), or
 * before a ZIP code ("VA 22743"). Not "he said, OK, then".
 */
const STATE_ON_PAGE = new RegExp(
  `\\b(${NAME_ALTERNATION})\\b|[a-z]\\.?,[ \u00a0](${POSTAL_ALTERNATION})(?=[ \u00a0]*(?:\\d{5}\\b|[\\n\\r.;)|·•—–]|$))|\\b(${POSTAL_ALTERNATION})[ \u00a0]+\\d{5}\\b`,
  'g',
);

/**
 * Postal codes of the US states the page names anywhere (masthead,
 * dateline, footer, an address). One native pass, made once per page and
 * only when a place with US namesakes is a candidate (see
 * `RuleContext.gatedByUsState` in ./rules.ts).
 */
export function usStatesOnPage(text: string): Set<string> {
  const out = new Set<string>();
  STATE_ON_PAGE.lastIndex = 0;
  for (const m of text.matchAll(STATE_ON_PAGE)) {
    const name = (m[1] ?? m[2] ?? m[3])!.replace(/\s+/g, ' ');
    const code = STATE_CODES.get(name);
    if (code !== undefined) out.add(code);
  }
  return out;
}
