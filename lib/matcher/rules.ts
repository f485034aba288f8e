/**
 * Local precision rules: what the words around one candidate say about it.
 * Driven by alias flags (./compiled.ts) and generic word lists
 * (./word-lists.ts); nothing here knows any entity.
 */
import * as fold from '../text/fold';
import { AliasFlag } from './compiled';
import { NodeInfo } from './edge-table';
import type { MatcherTables, QualifierHint } from './load';
import * as pageText from './page-text';
import { LineCache, type LineStyle, type WordAt } from './page-text';
import * as units from './units';
import * as wordLists from './word-lists';

// Module copies of imported bindings (see ./scan.ts for why).
const hasUpperIn = pageText.hasUpperIn;
const isAllCaps = pageText.isAllCaps;
const isCapitalised = pageText.isCapitalised;
const isJoiningHyphen = pageText.isJoiningHyphen;
const NewWordAt = pageText.WordAt;
const SOFT_PUNCT = pageText.SOFT_PUNCT;
const isSentenceStart = pageText.isSentenceStart;
const lineStyle = pageText.lineStyle;
const startsUpper = pageText.startsUpper;
const wordAfter = pageText.wordAfter;
const wordBefore = pageText.wordBefore;
const wordsAround = pageText.wordsAround;
const wordsMatch = pageText.wordsMatch;
const FNV_OFFSET = units.FNV_OFFSET;
const FNV_PRIME = units.FNV_PRIME;
const FUNCTION_WORDS = wordLists.FUNCTION_WORDS;
const MODIFIER_SUFFIXES = wordLists.MODIFIER_SUFFIXES;
const TITLES = wordLists.TITLES;
const US_POSTAL_CODES = wordLists.US_POSTAL_CODES;
const US_STATES = wordLists.US_STATES;
const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
const KEEP = fold.caseKeepTable;
const UPPER = fold.upperTable;
const classify = fold.classify;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;
const IGNORABLE = fold.CharClass.Ignorable;
const WORD = fold.CharClass.Word;
const CASE_SENSITIVE = AliasFlag.CaseSensitive;
const ALIAS_HAS_UPPER = AliasFlag.AliasHasUpper;
const SINGLE_WORD = AliasFlag.SingleWord;
const PLACE = AliasFlag.Place;
const SURNAME = AliasFlag.Surname;
const NAME_PART = AliasFlag.Surname | AliasFlag.GivenName;
const COMMON_WORD = AliasFlag.CommonWord;
const CONTEXT_CASE_SENSITIVE = AliasFlag.Context | AliasFlag.CaseSensitive;
const TERMINAL = NodeInfo.Terminal;

/** Outcome of the local rules for one (span, alias) pair. */
export const Verdict = {
  /** Counts (subject to the alias's own `context` requirement). */
  Ok: 0,
  /** Not this alias (wrong case). */
  Reject: 1,
  /**
   * Evidence of a namesake ("Vassili Peskov", "Moscow, Kansas"): rejected, and
   * the same alias elsewhere on the page then needs the entity named another way.
   */
  Contest: 2,
  /**
   * Capitalised only by position ("Turkey" opening a sentence): counts only if
   * its entity is named on its own merits on the page, or a related entity
   * is named nearby (see `supportedNear` in ./resolve.ts).
   */
  Weak: 3,
} as const;

/** A value of {@link Verdict}. */
export type VerdictValue = (typeof Verdict)[keyof typeof Verdict];

const OK = Verdict.Ok;
const REJECT = Verdict.Reject;
const CONTEST = Verdict.Contest;
const WEAK = Verdict.Weak;

/** Per-call state: the page text, the tables, a line-style cache. */
export class RuleContext {
  readonly lines = new LineCache();

  constructor(
    readonly t: MatcherTables,
    readonly text: string,
  ) {}

  /** True if `word` (folded) is a word of one of entity `e`'s aliases ("tayyip" of Erdogan). */
  hasWord(e: number, word: string): boolean {
    const { t } = this;
    const index = t.entityAliases;
    const keys = t.aliasKeys;
    for (let j = index.start[e]!; j < index.start[e + 1]!; j++) {
      const a = index.list[j]!;
      const ks = t.keyStart[a]!;
      const ke = t.keyStart[a + 1]! - 1;
      // Keys are units joined by single spaces: compare at each unit start.
      for (let p = ks; p < ke; p++) {
        if (p !== ks && keys.charCodeAt(p - 1) !== 32) continue;
        const q = p + word.length;
        if (q <= ke && (q === ke || keys.charCodeAt(q) === 32) && keys.startsWith(word, p))
          return true;
      }
    }
    return false;
  }

  /** Initials of entity `e`'s alias words. */
  hasWordStartingWith(e: number, letter: string): boolean {
    const { t } = this;
    const index = t.entityAliases;
    const keys = t.aliasKeys;
    for (let j = index.start[e]!; j < index.start[e + 1]!; j++) {
      const a = index.list[j]!;
      const ks = t.keyStart[a]!;
      const ke = t.keyStart[a + 1]! - 1;
      for (let p = ks; p < ke; p++) {
        if ((p === ks || keys.charCodeAt(p - 1) === 32) && keys[p] === letter) return true;
      }
    }
    return false;
  }

  /** True if `folded` (one folded word) is on its own an alias of some entity ("kremlin"). */
  isWholeAlias(folded: string): boolean {
    let h = FNV_OFFSET;
    for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
    const info = this.t.edges.infoOf(0, h);
    return info >= 0 && (info & TERMINAL) !== 0;
  }
}

/**
 * A capitalised neighbour that is not a title, a function word or a KB name
 * on its own: a candidate competing name. Entity-independent, so cached per span.
 */
function isNameLike(ctx: RuleContext, w: WordAt): boolean {
  if (!isCapitalised(ctx.text, w)) return false;
  const f = w.folded;
  if (TITLES.has(f) || FUNCTION_WORDS.has(f)) return false;
  return !ctx.isWholeAlias(f);
}

/** "Kremlin's Peskov": the word before is the "s" of a possessive. */
function isPossessiveS(text: string, w: WordAt): boolean {
  if (w.start < 2) return false;
  const c = text.charCodeAt(w.start - 1);
  // ' ’ ‘ ʼ
  return (c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc) && w.folded === 's';
}

/** "V. Peskov": a single capital initial and dot directly before `start`: the folded letter and its offset. */
function initialBefore(text: string, start: number): { letter: string; at: number } | null {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < 1 || text.charCodeAt(i) !== 46 || i === start - 1) return null;
  const letter = text.charCodeAt(i - 1);
  if (!startsUpper(text, i - 1)) return null;
  if (i >= 2 && /[\p{L}\p{N}]/u.test(text[i - 2]!)) return null;
  return { letter: String.fromCharCode(letter).toLowerCase(), at: i - 1 };
}

const US_STATE_FIRST_WORDS = new Set(US_STATES.map((s) => s[0]!));
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

function followedByUsState(ctx: RuleContext, end: number, entity: number): boolean {
  const { text } = ctx;
  if (noCapitalAfter(text, end)) return false;
  const words = wordsAround(text, end, 2, false);
  const first = words[0];
  if (!first || !isCapitalised(text, first)) return false;
  if (US_STATE_FIRST_WORDS.has(first.folded)) {
    for (const state of US_STATES) {
      if (wordsMatch(words, state, false) && !state.every((s) => ctx.hasWord(entity, s)))
        return true;
    }
  }
  // "Moscow, ID": postal code right after a comma.
  const m = /^\s*,\s*([A-Z]{2})\b/.exec(text.slice(end, end + 8));
  return m !== null && US_POSTAL_CODES.has(m[1]!);
}

/**
 * Neighbourhood of one candidate span, shared by the aliases ending there.
 * Words are kept only when name-like (see isNameLike): most neighbours are
 * lower case and are judged without building a word.
 */
export interface Near {
  /** The word before / after if name-like, else null; undefined until asked. */
  prev?: WordAt | null;
  next?: WordAt | null;
  style?: LineStyle;
}

/**
 * Offset of the first word character at or after `i` (forward) or of the
 * last one at or before it (back), skipping what `wordsAround` skips before
 * its first word, or -1 if no word comes first.
 */
function firstWordFrom(text: string, i: number, back: boolean): number {
  const step = back ? -1 : 1;
  const n = text.length;
  while (i >= 0 && i < n) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k === WORD) return i;
    if (
      k === SPACE ||
      k === IGNORABLE ||
      SOFT_PUNCT.includes(text[i]!) ||
      isJoiningHyphen(text, i)
    ) {
      i += step;
    } else return -1;
  }
  return -1;
}

/** True if the folded code unit at text[i] is one of `edge`. */
function edgeHas(edge: string, text: string, i: number): boolean {
  const f = FOLD[text.charCodeAt(i)]!;
  for (let j = 0; j < edge.length; j++) if (edge.charCodeAt(j) === f) return true;
  return false;
}

/**
 * True if text[start, end) has the case-kept canonical key `key`, the way
 * `caseKeptKey` (./units.ts) builds it, without building it.
 */
function caseKeyIs(text: string, start: number, end: number, key: string | undefined): boolean {
  if (key === undefined) return false;
  let p = 0;
  let inWord = false;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k === WORD) {
      if (!inWord) {
        if (count > 0 && key.charCodeAt(p++) !== 32) return false;
        inWord = true;
        count++;
      }
      if (key.charCodeAt(p++) !== KEEP[c]) return false;
      continue;
    }
    if (k === IGNORABLE) continue;
    inWord = false;
    if (k === SPACE || k === NEWLINE) continue;
    if (count > 0 && key.charCodeAt(p++) !== 32) return false;
    if (key.charCodeAt(p++) !== KEEP[c]) return false;
    count++;
  }
  return p === key.length;
}

/** The word `wordBefore` finds if it is capitalised, else null (not built). */
function capitalisedWordBefore(text: string, pos: number): WordAt | null {
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k !== SPACE && k !== IGNORABLE) break;
    i--;
  }
  if (i < 0 || i === pos - 1) return null;
  let k = CLS[text.charCodeAt(i)]!;
  if (k === 0) k = classify(text.charCodeAt(i));
  if (k !== WORD) return null;
  let start = i;
  for (let j = i - 1; j >= 0; j--) {
    const kj = CLS[text.charCodeAt(j)]!;
    const kk = kj === 0 ? classify(text.charCodeAt(j)) : kj;
    if (kk === WORD) start = j;
    else if (kk !== IGNORABLE) break;
  }
  return UPPER[text.charCodeAt(start)] === 1 ? new NewWordAt(text, start, i + 1) : null;
}

/** The word `wordAfter` finds if it is capitalised, else null (not built). */
function capitalisedWordAfter(text: string, pos: number): WordAt | null {
  const n = text.length;
  let i = pos;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k !== SPACE && k !== IGNORABLE) break;
    i++;
  }
  if (i >= n || i === pos) return null;
  let k = CLS[text.charCodeAt(i)]!;
  if (k === 0) k = classify(text.charCodeAt(i));
  if (k !== WORD || UPPER[text.charCodeAt(i)] !== 1) return null;
  return wordAfter(text, pos);
}

/**
 * Applies the local rules to alias `a` found at text[start, end). `flags`
 * and `entity` are the alias's, passed by callers that have them at hand.
 */
export function checkLocal(
  ctx: RuleContext,
  a: number,
  start: number,
  end: number,
  near: Near = {},
  flags = ctx.t.aliasFlags[a]!,
  entity = ctx.t.aliasEntity[a]!,
): VerdictValue {
  const { t, text } = ctx;

  // Letter case.
  if ((flags & CASE_SENSITIVE) !== 0) {
    if (!caseKeyIs(text, start, end, t.caseKeys[a])) return REJECT;
  } else if ((flags & ALIAS_HAS_UPPER) !== 0) {
    if ((flags & SINGLE_WORD) !== 0 ? !startsUpper(text, start) : !hasUpperIn(text, start, end)) {
      return REJECT;
    }
  }

  // Declared namesake qualifiers, also across a joining hyphen ("Hafez al-Assad").
  const before = t.notBefore[a];
  if (before && notBeforeMatches(text, start, before, t.notBeforeHint[a])) return CONTEST;
  const after = t.notAfter[a];
  if (after && qualifiedAfter(text, end, after, t.notAfterHint[a])) return CONTEST;
  if ((flags & PLACE) !== 0 && followedByUsState(ctx, end, entity)) return CONTEST;

  // One of a list of acronyms ("AP & SAT", "AP/IB"): an ambiguous abbreviation
  // is then the other one.
  if (
    (flags & CONTEXT_CASE_SENSITIVE) === CONTEXT_CASE_SENSITIVE &&
    isAllCaps(text, start, end) &&
    inAcronymList(ctx, start, end)
  ) {
    return REJECT;
  }

  // A different first name in front: "Vassili Peskov".
  if ((flags & SURNAME) !== 0) {
    let prev = near.prev;
    if (prev === undefined) {
      const w = capitalisedWordBefore(text, start);
      prev = near.prev = w !== null && !isPossessiveS(text, w) && isNameLike(ctx, w) ? w : null;
    }
    if (prev !== null && !ctx.hasWord(entity, prev.folded)) return CONTEST;
    const initial = initialBefore(text, start);
    if (initial !== null && !ctx.hasWordStartingWith(entity, initial.letter)) {
      // A middle initial after the entity's own first name is fine: "Dmitry S. Peskov".
      const first = wordBefore(text, initial.at);
      if (!first || !ctx.hasWord(entity, first.folded)) return CONTEST;
    }
  }

  // A name part followed by a foreign capitalised word: "Jeffrey Epstein".
  if ((flags & NAME_PART) !== 0) {
    let next = near.next;
    if (next === undefined) {
      const w = capitalisedWordAfter(text, end);
      next = near.next = w !== null && isNameLike(ctx, w) ? w : null;
    }
    if (next !== null && !ctx.hasWord(entity, next.folded)) {
      const style = (near.style ??= lineStyle(text, start, ctx.lines));
      const headline =
        style.titleCase ||
        style.allCaps ||
        (isAllCaps(text, start, end) && isAllCaps(text, next.start, next.end));
      if (!headline) return CONTEST;
    }
  }

  // A common word capitalised only by its position says nothing: "Turkey is best brined."
  if ((flags & COMMON_WORD) !== 0) {
    if (isSentenceStart(text, start)) return WEAK;
    const style = (near.style ??= lineStyle(text, start, ctx.lines));
    if (style.titleCase || style.allCaps || isAllCaps(text, start, end)) return WEAK;
  }
  return OK;
}

/** True if a `notBefore` list directly precedes `start`, also across a joining hyphen. */
function notBeforeMatches(
  text: string,
  start: number,
  before: string[][],
  hint: QualifierHint | undefined,
): boolean {
  if (hint !== undefined && hint.edge !== null) {
    // The nearest word must end like the last word of some list.
    const i = firstWordFrom(text, start - 1, true);
    if (i < 0 || !edgeHas(hint.edge, text, i)) return false;
  }
  const words = wordsAround(text, start, hint ? hint.maxLen : maxLen(before), true, true);
  return before.some((list) => wordsMatch(words, list, true));
}

/**
 * True if a `notAfter` list follows `end`: directly, across a joining hyphen
 * ("Turkey-Day"), or after a hyphenated modifier ("Aleppo-style pepper").
 */
function qualifiedAfter(
  text: string,
  end: number,
  after: string[][],
  hint: QualifierHint | undefined,
): boolean {
  const hyphen = isJoiningHyphen(text, end);
  if (!hyphen && hint !== undefined && hint.edge !== null) {
    // Without a modifier hyphen, the next word must start like the first word of some list.
    const i = firstWordFrom(text, end, false);
    if (i < 0 || !edgeHas(hint.edge, text, i)) return false;
  }
  const len = hint ? hint.maxLen : maxLen(after);
  const words = wordsAround(text, end, len + (hyphen ? 1 : 0), false, true);
  if (after.some((list) => wordsMatch(words, list, false))) return true;
  if (!hyphen || words.length < 2 || !MODIFIER_SUFFIXES.has(words[0]!.folded)) return false;
  const rest = words.slice(1);
  return after.some((list) => wordsMatch(rest, list, false));
}

/** Index of the first character other than a space or ignorable from `i` in direction `step`. */
function skipSpaces(text: string, i: number, step: number): number {
  while (i >= 0 && i < text.length) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k !== SPACE && k !== IGNORABLE) break;
    i += step;
  }
  return i;
}

/** "&" or "/" joining a list of abbreviations. */
function isListJoiner(c: number): boolean {
  return c === 38 || c === 47 || c === 0xff06 || c === 0xff0f;
}

/**
 * True if text[start, end) is joined by "&" or "/" to an ALL-CAPS token that
 * is not a KB name itself ("AP & SAT", "AP/IB courses"): a list of acronyms.
 */
function inAcronymList(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  const n = skipSpaces(text, end, 1);
  if (n < text.length && isListJoiner(text.charCodeAt(n))) {
    const w = wordsAround(text, n + 1, 1, false)[0];
    if (w && isOtherAcronym(ctx, w)) return true;
  }
  const p = skipSpaces(text, start - 1, -1);
  if (p >= 0 && isListJoiner(text.charCodeAt(p))) {
    const w = wordsAround(text, p, 1, true)[0];
    if (w && isOtherAcronym(ctx, w)) return true;
  }
  return false;
}

function isOtherAcronym(ctx: RuleContext, w: WordAt): boolean {
  return isAllCaps(ctx.text, w.start, w.end) && !ctx.isWholeAlias(w.folded);
}

function maxLen(lists: string[][]): number {
  let m = 0;
  for (const l of lists) m = Math.max(m, l.length);
  return m;
}
