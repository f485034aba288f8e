/**
 * Local precision rules: what the words around one candidate say about it.
 * Driven by alias flags (./compiled.ts) and generic word lists
 * (./word-lists.ts); nothing here knows any entity.
 */
import * as fold from '../text/fold';
import { AliasFlag } from './compiled';
import { NodeInfo } from './edge-table';
import * as loaded from './load';
import type { MatcherTables, QualifierHint } from './load';
import * as pageText from './page-text';
import { LineCache, type LineStyle, type WordAt } from './page-text';
import * as units from './units';
import * as wordLists from './word-lists';
import * as usNamesake from './us-namesake';
import * as wordSet from './word-set';
import { HashedWordSet } from './word-set';

// Module copies of imported bindings (see ./scan.ts for why).
const hasUpperIn = pageText.hasUpperIn;
const isAllCaps = pageText.isAllCaps;
const isJoiningHyphen = pageText.isJoiningHyphen;
const wordStartingAt = pageText.wordStartingAt;
const SOFT_PUNCT = pageText.SOFT_PUNCT;
const isSentenceStart = pageText.isSentenceStart;
const isWordCode = pageText.isWordCode;
const isLetterCode = pageText.isLetterCode;
const lineStyle = pageText.lineStyle;
const startsUpper = pageText.startsUpper;
const wordAfter = pageText.wordAfter;
const wordBefore = pageText.wordBefore;
const wordsAround = pageText.wordsAround;
const wordsMatch = pageText.wordsMatch;
const foldSpan = pageText.foldSpan;
const wordEndingAt = pageText.wordEndingAt;
const classOf = pageText.classOf;
const foldedWordHash = wordSet.foldedWordHash;
const foldsTo = wordSet.foldsTo;
const followedByUsState = usNamesake.followedByUsState;
const usNamesakeStates = usNamesake.usNamesakeStates;
const usStatesOnPage = usNamesake.usStatesOnPage;
const isUsStateList = usNamesake.isUsStateList;
const FNV_OFFSET = units.FNV_OFFSET;
const FNV_PRIME = units.FNV_PRIME;
const FUNCTION_WORDS = wordLists.FUNCTION_WORDS;
const MODIFIER_SUFFIXES = wordLists.MODIFIER_SUFFIXES;
const COURSE_ACRONYMS = wordLists.COURSE_ACRONYMS;
const GEO_FEATURES = wordLists.GEO_FEATURES;
const MASTHEAD_WORDS = wordLists.MASTHEAD_WORDS;
const STREET_WORDS = wordLists.STREET_WORDS;
const EATERY_WORDS = wordLists.EATERY_WORDS;
const LODGING_WORDS = wordLists.LODGING_WORDS;
const COMPANY_WORDS = wordLists.COMPANY_WORDS;
const COMPANY_SUFFIXES = wordLists.COMPANY_SUFFIXES;
const LOCATING_WORDS = wordLists.LOCATING_WORDS;
const STATE_NAMED_PLACES = wordLists.STATE_NAMED_PLACES;
const LAWMAKER_TITLES = wordLists.LAWMAKER_TITLES;
const US_LOCAL_UNITS = wordLists.US_LOCAL_UNITS;
const INSTITUTION_QUALIFIERS = wordLists.INSTITUTION_QUALIFIERS;
const PROPER_NAME_QUALIFIERS = wordLists.PROPER_NAME_QUALIFIERS;
const NAMING_CONTEXT = wordLists.NAMING_CONTEXT;
const NAMING_VERBS = wordLists.NAMING_VERBS;
const DESIGNATION_WORDS = wordLists.DESIGNATION_WORDS;
const TITLES = wordLists.TITLES;
const REGION_WORDS = wordLists.REGION_WORDS;
const STATE_NOUNS = wordLists.STATE_NOUNS;
const TEAM_NOUNS = wordLists.TEAM_NOUNS;
const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
const KEEP = fold.caseKeepTable;
const UPPER = fold.upperTable;
const LOWER = fold.lowerTable;
const classify = fold.classify;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;
const IGNORABLE = fold.CharClass.Ignorable;
const WORD = fold.CharClass.Word;
const CASE_SENSITIVE = AliasFlag.CaseSensitive;
const LOWER_CASE = AliasFlag.LowerCase;
const EXONYM = AliasFlag.Exonym;
const ALIAS_HAS_UPPER = AliasFlag.AliasHasUpper;
const SINGLE_WORD = AliasFlag.SingleWord;
const PLACE = AliasFlag.Place;
const SURNAME = AliasFlag.Surname;
const NAME_PART = AliasFlag.Surname | AliasFlag.GivenName;
const COMMON_WORD = AliasFlag.CommonWord;
const SURNAME_WORD = AliasFlag.Surname | AliasFlag.SingleWord;
const CONTEXT_CASE_SENSITIVE = AliasFlag.Context | AliasFlag.CaseSensitive;
const INNER_UPPER_WORD = AliasFlag.InnerUpper | AliasFlag.SingleWord;
const hasInnerUpper = pageText.hasInnerUpper;
const TERMINAL = NodeInfo.Terminal;
const INFO_SHIFT = loaded.INFO_SHIFT;
const REC_SIZE = loaded.REC_SIZE;
const REC_BITS = loaded.REC_BITS;
const REC_LAST = loaded.REC_LAST;
const CONTEXT = AliasFlag.Context;
const CONTEXT_WORD = AliasFlag.Context | AliasFlag.SingleWord;
const PLACE_WORD = AliasFlag.Place | AliasFlag.SingleWord;
const PLACE_NOT_COMMON = AliasFlag.Place | AliasFlag.CommonWord;
const COMMON_OR_PLACE = AliasFlag.Context | AliasFlag.Place;

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
  /**
   * A place that shares its name with US towns ("Syria", "Moscow") on a page
   * that names a US state: counts only if an entity related to it is named
   * on the page ("SYRIA — The bell over the door" in a Virginia paper is the
   * town; an AP story from Washington that names Syria with Russia is not).
   */
  Related: 4,
} as const;

/** A value of {@link Verdict}. */
export type VerdictValue = (typeof Verdict)[keyof typeof Verdict];

const OK = Verdict.Ok;
const REJECT = Verdict.Reject;
const CONTEST = Verdict.Contest;
const WEAK = Verdict.Weak;
const RELATED = Verdict.Related;

/**
 * True if the lower-case word text[start, end) is a tag or a breadcrumb,
 * which sites write in lower case whatever the name: "#syria", "world ›
 * middle-east › syria", "Tags: turkey-syria, reading-list".
 */
function isTag(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  const c = text.charCodeAt(i);
  // # › » / > |
  if (c === 35 || c === 0x203a || c === 0xbb || c === 47 || c === 62 || c === 124) return true;
  // A line that says it lists tags or topics.
  return TAG_LINE.test(text.slice(lineStartWithin(text, start, TAG_LINE_REACH), end));
}

/** True if text[i] is a space, a line break, or past either end. */
function isBlankOrEdge(text: string, i: number): boolean {
  return i < 0 || i >= text.length || isBlank(text, i) || isLineBreakAt(text, i);
}

/** Longest line {@link inTagRow} reads as a row of tags or a caption track. */
const TAG_ROW_CHARS = 400;

/**
 * True if the word text[pos, end) stands alone in a line written all in
 * lower case with no sentence punctuation: a row of tags with no label
 * ("turkey istanbul ankara safety" under a question), a line of an
 * automatic caption track ("six hours of talks in moscow between"). Two
 * words or more; the word between spaces (not "npm i istanbul-lib-instrument").
 */
function inTagRow(text: string, pos: number, end: number): boolean {
  if (!isBlankOrEdge(text, pos - 1) || !isBlankOrEdge(text, end)) return false;
  const a = lineStartWithin(text, pos, TAG_ROW_CHARS);
  if (a > 0 && !isLineBreakAt(text, a - 1)) return false;
  let words = 0;
  let inWord = false;
  for (let i = a; i < text.length && !isLineBreakAt(text, i); i++) {
    if (i - a > TAG_ROW_CHARS) return false;
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (UPPER[c] === 1) return false;
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
      // Sentence punctuation: prose, however short (not a timestamp's "0:00").
      if (
        (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) &&
        !isDigitCode(text.charCodeAt(i + 1))
      ) {
        return false;
      }
    }
  }
  return words >= 2;
}

/** How far back {@link isTag} looks for the start of its line. */
const TAG_LINE_REACH = 199;

/** The start of the line holding `pos`, looking back at most `reach` characters. */
function lineStartWithin(text: string, pos: number, reach: number): number {
  let a = pos;
  while (a > 0 && pos - a <= reach && !isLineBreakAt(text, a - 1)) a--;
  return a;
}

/** The start of a line that lists tags or topics. */
const TAG_LINE = /^\s*(tags?|topics?|filed under|related topics|more on)\b/i;

/** Longest text {@link RuleContext.placeUsesLowerCase} searches (a piece the extension spots is at most 128 KB). */
const LOWER_CASE_SEARCH_CHARS = 256 * 1024;
/** Most places {@link RuleContext.placeUsesLowerCase} searches for in one text. */
const LOWER_CASE_SEARCH_NAMES = 24;

/** How much of a page {@link RuleContext.writesFrench} reads. */
const LANGUAGE_SAMPLE_CHARS = 20_000;
/** Short words common in French prose and rare in English. */
const FRENCH_WORDS =
  /(?<![\p{L}\p{N}])(?:le|la|les|des|du|une|est|et|selon|dans|pour|avec|qui|sur|au|aux)(?![\p{L}\p{N}])/giu;
/** Sports words on a page that make it a sports page (see {@link RuleContext.sportsPage}). */
const SPORTS_PAGE_WORDS = 2;
const SPORTS_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${wordLists.SPORTS_WORDS.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Short words common in English prose. */
const ENGLISH_WORDS =
  /(?<![\p{L}\p{N}])(?:the|and|of|to|is|in|with|for|that|on|by|was)(?![\p{L}\p{N}])/giu;

/** Per table set: alias index → the US states its `notAfter` lists name (see ./us-namesake.ts), once asked. */
const usNamesakeAliases = new WeakMap<MatcherTables, (string[] | undefined)[]>();

/** Per-call state: the page text, the tables, a line-style cache. */
export class RuleContext {
  readonly lines: LineCache;
  /** Alias index → whether the page writes its key as a lower-case word; filled lazily. */
  private lowerUse: Map<number, boolean> | null = null;
  /** Places searched for by {@link placeUsesLowerCase} on this text. */
  private placeSearches = 0;
  /** The tables' alias → US states cache, looked up on first need (see {@link gatedByUsState}). */
  private namesakeStates: (string[] | undefined)[] | null = null;
  /** The US states the page names, once asked (see {@link gatedByUsState}). */
  private usStates: Set<string> | null = null;
  /** Whether the page is written in French, once asked (see {@link writesFrench}). */
  private french: boolean | null = null;
  /** Whether the page is a sports page, once asked (see {@link sportsPage}). */
  private sports: boolean | null = null;
  /**
   * Aliases contested by evidence of another place of the same name
   * ("Moscow, Idaho", "Aleppo Township"), not of a thing named after the
   * place ("Aleppo pepper"): see {@link contestedByPlace}.
   */
  private placeContests: Set<number> | null = null;

  /** `breaks`: offsets of the text's line breaks, ascending. */
  constructor(
    readonly t: MatcherTables,
    readonly text: string,
    breaks: Int32Array,
  ) {
    this.lines = new LineCache(breaks);
  }

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

  /**
   * {@link hasWord} for the word token text[start, end), compared as it
   * folds, without building its string.
   */
  hasWordAt(e: number, text: string, start: number, end: number): boolean {
    const { t } = this;
    const index = t.entityAliases;
    const keys = t.aliasKeys;
    for (let j = index.start[e]!; j < index.start[e + 1]!; j++) {
      const a = index.list[j]!;
      const ks = t.keyStart[a]!;
      const ke = t.keyStart[a + 1]! - 1;
      for (let p = ks; p < ke; p++) {
        if (p !== ks && keys.charCodeAt(p - 1) !== 32) continue;
        let q = p;
        let i = start;
        for (; i < end; i++) {
          const c = text.charCodeAt(i);
          let k = CLS[c]!;
          if (k === 0) k = classify(c);
          if (k !== WORD) continue;
          if (q >= ke || keys.charCodeAt(q) !== FOLD[c]) break;
          q++;
        }
        if (i === end && (q === ke || keys.charCodeAt(q) === 32)) return true;
      }
    }
    return false;
  }

  /**
   * True if alias `a`'s folded key occurs on the page as a lower-case word
   * ("the macron over a vowel", the package "istanbul"): the page then uses
   * the name as a common noun or a product's name. Not inside a web
   * address or handle ("reuters.com/article/us-syria-security"). One native
   * search of the page per alias asked, and only aliases that are also
   * English nouns ({@link NOUN_SURNAMES}) and one-word places are asked.
   */
  usesLowerCase(a: number): boolean {
    const cache = (this.lowerUse ??= new Map<number, boolean>());
    let found = cache.get(a);
    if (found !== undefined) return found;
    const { t, text } = this;
    const key = t.aliasKeys.slice(t.keyStart[a], t.keyStart[a + 1]! - 1);
    // A place in lower case names a product where it is written like one: a
    // package's name ("istanbul-lib-instrument") or a word alone on its line
    // (a tool's logo). In prose it is a comment's careless spelling of the
    // place ("they'll meet in moscow", "what has syria got to do with it").
    const place = (t.aliasFlags[a]! & PLACE_NOT_COMMON) === PLACE;
    found = false;
    for (let i = text.indexOf(key); i >= 0 && !found; i = text.indexOf(key, i + key.length)) {
      found =
        !isWordCode(text.charCodeAt(i - 1)) &&
        !isWordCode(text.charCodeAt(i + key.length)) &&
        !inAddress(text, i, i + key.length) &&
        !inIdentifier(text, i, i + key.length) &&
        !isTag(text, i, i + key.length) &&
        !inTagRow(text, i, i + key.length) &&
        (!place || writtenLikeProduct(text, i, i + key.length));
    }
    cache.set(a, found);
    return found;
  }

  /**
   * {@link usesLowerCase} for a common word, on texts up to
   * {@link LOWER_CASE_SEARCH_CHARS}; longer texts are taken to use it (the
   * cautious answer, and a page is read in pieces of at most 128 KB).
   */
  commonUsesLowerCase(a: number): boolean {
    return this.text.length > LOWER_CASE_SEARCH_CHARS || this.usesLowerCase(a);
  }

  /**
   * {@link usesLowerCase} for a one-word place, within a budget: every place
   * on a page may be asked, and each ask searches the whole text, so only
   * texts up to {@link LOWER_CASE_SEARCH_CHARS} are searched, for at most
   * {@link LOWER_CASE_SEARCH_NAMES} places. Cost stays linear in the text
   * whatever the KB's size; a page is read in pieces of at most 128 KB.
   */
  placeUsesLowerCase(a: number): boolean {
    if (this.text.length > LOWER_CASE_SEARCH_CHARS) return false;
    if (!this.lowerUse?.has(a)) {
      if (this.placeSearches >= LOWER_CASE_SEARCH_NAMES) return false;
      this.placeSearches++;
    }
    return this.usesLowerCase(a);
  }

  /**
   * True if the page reads as French: more of French's commonest short
   * words than of English's in its first {@link LANGUAGE_SAMPLE_CHARS}
   * characters. Asked only where a French page and an English one read a
   * name differently ("M. Erdogan" is Monsieur Erdogan in French, someone
   * with the initial M in English), so once per page at most.
   */
  writesFrench(): boolean {
    if (this.french === null) {
      const sample = this.text.slice(0, LANGUAGE_SAMPLE_CHARS);
      const count = (re: RegExp) => sample.match(re)?.length ?? 0;
      this.french = count(FRENCH_WORDS) > count(ENGLISH_WORDS);
    }
    return this.french;
  }

  /**
   * True if the page reads as a sports page: {@link SPORTS_PAGE_WORDS} or
   * more words of match reports and box scores ("scored", "goalkeeper",
   * "trifft", "PPG"). A bare surname there needs its entity named near it,
   * not just somewhere on the page: "Hulusi Akar" in a world-news rail says
   * nothing about "Akar (5) PPG" in the box score. One search of the text
   * when first asked; texts longer than {@link LOWER_CASE_SEARCH_CHARS} are
   * not searched (the extension spots a page piece by piece).
   */
  sportsPage(): boolean {
    if (this.sports === null) {
      this.sports = false;
      if (this.text.length <= LOWER_CASE_SEARCH_CHARS) {
        let count = 0;
        SPORTS_WORD.lastIndex = 0;
        while (count < SPORTS_PAGE_WORDS && SPORTS_WORD.exec(this.text) !== null) count++;
        this.sports = count >= SPORTS_PAGE_WORDS;
      }
    }
    return this.sports;
  }

  /**
   * True if place alias `a` is also the name of towns in US states its
   * `notAfter` lists name ("Syria" and "Virginia") and the page names one of
   * those states somewhere: it then needs a related entity on the page
   * ({@link Verdict.Related}). The alias's states are cached for the
   * tables, the page's found once, on first need.
   */
  gatedByUsState(a: number): boolean {
    const { t } = this;
    let byAlias = this.namesakeStates;
    if (byAlias === null) {
      byAlias = usNamesakeAliases.get(t) ?? [];
      usNamesakeAliases.set(t, byAlias);
      this.namesakeStates = byAlias;
    }
    const states = (byAlias[a] ??= usNamesakeStates(t.notAfter[a]));
    if (states.length === 0) return false;
    const onPage = (this.usStates ??= usStatesOnPage(this.text));
    return states.some((s) => onPage.has(s));
  }

  /**
   * True if a word of one of entity `e`'s aliases starts with `letter`
   * (folded), leaving out the word `except` ("akar" for "Akar, A.": the
   * surname is not its own initial) and, with `skipSurnames`, every one-word
   * surname alias (another spelling, "Erdoghan", is no initial either).
   */
  hasWordStartingWith(e: number, letter: string, except = '', skipSurnames = false): boolean {
    const { t } = this;
    const index = t.entityAliases;
    const keys = t.aliasKeys;
    for (let j = index.start[e]!; j < index.start[e + 1]!; j++) {
      const a = index.list[j]!;
      if (skipSurnames && (t.aliasFlags[a]! & SURNAME_WORD) === SURNAME_WORD) continue;
      const ks = t.keyStart[a]!;
      const ke = t.keyStart[a + 1]! - 1;
      for (let p = ks; p < ke; p++) {
        if ((p !== ks && keys.charCodeAt(p - 1) !== 32) || keys[p] !== letter) continue;
        if (except === '') return true;
        let q = keys.indexOf(' ', p);
        if (q < 0 || q > ke) q = ke;
        if (q - p !== except.length || !keys.startsWith(except, p)) return true;
      }
    }
    return false;
  }

  /** {@link Verdict.Contest} for alias `a` by the qualifier `list`, noting whether it names another place. */
  contest(a: number, list: string[]): VerdictValue {
    return namesAnotherPlace(list) ? this.contestByPlace(a) : CONTEST;
  }

  /** {@link Verdict.Contest} for alias `a` by evidence of another place of the same name. */
  contestByPlace(a: number): VerdictValue {
    (this.placeContests ??= new Set()).add(a);
    return CONTEST;
  }

  /**
   * True if alias `a` was contested on this page by evidence of another
   * place of the same name. Contested only by a thing named after the place
   * ("Aleppo pepper" on a food page), the name still counts where a
   * locating word says it is the place ("a chef from Aleppo").
   */
  contestedByPlace(a: number): boolean {
    return this.placeContests?.has(a) === true;
  }

  /**
   * True if the word text[start, end) is one letter away from a word of entity `e`'s
   * aliases (one added, dropped or changed), both at least five letters
   * long: the same first name spelled in another language ("Baschar",
   * "Wladimir", "Sergej" for Bashar, Vladimir, Sergei), not a different one.
   */
  hasWordSpelledLike(e: number, text: string, start: number, end: number): boolean {
    // The word's folded letters into a reused buffer: no string is built.
    let n = 0;
    for (let i = start; i < end && n < SPELLING.length; i++) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) SPELLING[n++] = FOLD[c]!;
    }
    if (n < NEAR_SPELLING_MIN) return false;
    const { t } = this;
    const index = t.entityAliases;
    const keys = t.aliasKeys;
    for (let j = index.start[e]!; j < index.start[e + 1]!; j++) {
      const a = index.list[j]!;
      const ke = t.keyStart[a + 1]! - 1;
      for (let p = t.keyStart[a]!; p < ke;) {
        let q = keys.indexOf(' ', p);
        if (q < 0 || q > ke) q = ke;
        if (q - p >= NEAR_SPELLING_MIN && Math.abs(q - p - n) <= 1 && oneEditApart(n, keys, p, q)) {
          return true;
        }
        p = q + 1;
      }
    }
    return false;
  }

  /**
   * True if the initial `letter` after alias `a` ("Jeffrey, J. F.") is that
   * of another word of entity `e`'s names: the reference-list form of its
   * full name.
   */
  hasOwnInitial(e: number, a: number, letter: string): boolean {
    const { t } = this;
    return this.hasWordStartingWith(
      e,
      letter,
      t.aliasKeys.slice(t.keyStart[a], t.keyStart[a + 1]! - 1),
      true,
    );
  }

  /** True if `folded` (one folded word) is on its own an alias of some entity ("kremlin"). */
  isWholeAlias(folded: string): boolean {
    let h = FNV_OFFSET;
    for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
    return this.isWholeAliasHash(h);
  }

  /** {@link isWholeAlias} of a word by its unit hash. */
  isWholeAliasHash(h: number): boolean {
    // The scanner's filter first: most capitalised neighbours start no KB
    // name, and the table probe is a cache miss.
    const { edges } = this.t;
    if (!edges.mayBeRoot(h)) return false;
    const info = edges.infoOf(0, h);
    return info >= 0 && (info & TERMINAL) !== 0;
  }

  /** True if the word text[start, end) starts some KB name ("Vladimir" of "Vladimir Putin"). */
  startsKbName(text: string, start: number, end: number): boolean {
    const { edges } = this.t;
    const h = foldedWordHash(text, start, end);
    return edges.mayBeRoot(h) && edges.infoOf(0, h) >= 0;
  }

  /**
   * True if the word with unit hash `h` is on its own a KB name that is not
   * a `context` name part ("Kremlin", "Erdogan"). A surname or given name
   * that counts only in context ("Akar", "Jeffrey") is common to many
   * people: next to another name it is part of someone else's ("Jeffrey
   * Akar, MD"), so it competes like any other name.
   */
  isNameOnItsOwnHash(h: number): boolean {
    const { edges, records } = this.t;
    if (!edges.mayBeRoot(h)) return false;
    const info = edges.infoOf(0, h);
    if (info < 0 || (info & TERMINAL) === 0) return false;
    for (let r = info >>> INFO_SHIFT; ; r += REC_SIZE) {
      const bits = records[r + REC_BITS]!;
      if ((bits & CONTEXT) === 0 || (bits & NAME_PART) === 0) return true;
      if ((bits & REC_LAST) !== 0) return false;
    }
  }
}

/** Surnames that are also English nouns (see {@link wordLists.NOUN_SURNAMES}). */
const NOUN_SURNAMES = new HashedWordSet(wordLists.NOUN_SURNAMES);

/** Family words (see {@link wordLists.KIN_WORDS}) and a bit per last letter of theirs. */
const KIN_WORDS = new HashedWordSet(wordLists.KIN_WORDS);
const KIN_LAST_LETTERS = [...wordLists.KIN_WORDS].reduce(
  (bits, w) => bits | (1 << (w.charCodeAt(w.length - 1) - 97)),
  0,
);

/** Verbs a headline's subject takes, folded: "Jeffrey Wright Is …", "… Says". */
const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  ...wordLists.HEADLINE_VERBS,
  ...'is was are were has had will says said tells told warns warned adds added'.split(' '),
]);

/** True if a {@link SUBJECT_VERBS} verb is the word after `end`. */
function verbAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  return next !== null && SUBJECT_VERBS.has(next.folded);
}

/** Titles, function words, region words, headline verbs and adjectives, ordinals: never a competing name (see nameKind). */
const NOT_NAMES = new HashedWordSet(
  new Set([
    ...TITLES,
    ...FUNCTION_WORDS,
    ...wordLists.FOREIGN_FUNCTION_WORDS,
    ...REGION_WORDS,
    ...wordLists.SECTION_WORDS,
    ...wordLists.HEADLINE_VERBS,
    ...wordLists.HEADLINE_ADJECTIVES,
    ...wordLists.ORDINALS,
  ]),
);

/** {@link nameKind}: not a competing name. */
const NO_NAME = 0;
/** {@link nameKind}: a candidate competing name. */
const NAME_LIKE = 1;
/** {@link nameKind}: a KB name on its own ("Kremlin", "Akar"). */
const KB_NAME = 2;

/**
 * A capitalised neighbour that is not a title, a function word or a KB name
 * on its own is name-like: a candidate competing name. Entity-independent,
 * so cached per span.
 */
function nameKind(ctx: RuleContext, start: number, end: number): number {
  const { text } = ctx;
  if (!startsUpper(text, start)) return NO_NAME;
  const h = foldedWordHash(text, start, end);
  if (NOT_NAMES.hasSpan(text, start, end, h)) return NO_NAME;
  return ctx.isWholeAliasHash(h) ? KB_NAME : NAME_LIKE;
}

/**
 * True if the KB name text[start, end) is a name part that counts only in
 * context ("Akar", "Jeffrey"; see {@link RuleContext.isNameOnItsOwnHash}).
 */
function isContextNamePart(ctx: RuleContext, start: number, end: number): boolean {
  return !ctx.isNameOnItsOwnHash(foldedWordHash(ctx.text, start, end));
}

/** "Kremlin's Peskov": the word text[start, end) before is the "s" of a possessive. */
function isPossessiveS(text: string, start: number, end: number): boolean {
  if (start < 2) return false;
  const c = text.charCodeAt(start - 1);
  // ' ’ ‘ ʼ
  if (c !== 0x27 && c !== 0x2019 && c !== 0x2018 && c !== 0x2bc) return false;
  // The word folds to "s": one word character, and it is an s.
  let letters = 0;
  for (let i = start; i < end; i++) {
    const k = CLS[text.charCodeAt(i)]!;
    if (k === WORD && ++letters > 1) return false;
  }
  return letters === 1 && FOLD[text.charCodeAt(start)] === 115;
}

/**
 * True if text[at] is the C or F of a temperature ("3°C", "14 °C", "40 F"),
 * not an initial: "It was 3°C. Erdogan said", "Moscow 3°C Erdogan says…" in
 * a ticker.
 */
function isTemperatureUnit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 67 && c !== 70) return false;
  let i = at - 1;
  if (text.charCodeAt(i) === 0xb0) return true;
  if (text.charCodeAt(i) === 32) i--;
  return isDigitCode(text.charCodeAt(i));
}

/** "V. Peskov": a single capital initial and dot directly before `start`: the folded letter and its offset. */
export function initialBefore(text: string, start: number): { letter: string; at: number } | null {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < 1 || text.charCodeAt(i) !== 46 || i === start - 1) return null;
  const letter = text.charCodeAt(i - 1);
  if (!startsUpper(text, i - 1) || isTemperatureUnit(text, i - 1)) return null;
  if (i >= 2 && /[\p{L}\p{N}]/u.test(text[i - 2]!)) return null;
  return { letter: String.fromCharCode(letter).toLowerCase(), at: i - 1 };
}

/**
 * The initial in "Surname, I." as reference lists write names ("Akar, H.",
 * "Jeffrey, J. F. (2020)"), folded, or "" if text[end…] is not that form.
 * The initials must end the entry ("(", ",", "&", ";", a digit, a line end):
 * "Jeffrey, U.S. envoy for Syria" is no initial.
 */
export function initialAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 44) return '';
  let i = end + 1;
  while (i < text.length && isBlank(text, i)) i++;
  const first = text.charCodeAt(i);
  if (UPPER[first] !== 1 || text.charCodeAt(i + 1) !== 46) return '';
  // "J. F." or "J.F.": more initials may follow.
  i += 2;
  for (;;) {
    let k = i;
    while (k < text.length && isBlank(text, k)) k++;
    if (UPPER[text.charCodeAt(k)] === 1 && text.charCodeAt(k + 1) === 46) i = k + 2;
    else break;
  }
  while (i < text.length && isBlank(text, i)) i++;
  if (i >= text.length) return String.fromCharCode(FOLD[first]!);
  const c = text.charCodeAt(i);
  const ends =
    c === 40 || c === 44 || c === 38 || c === 59 || (c >= 48 && c <= 57) || isLineBreakAt(text, i);
  return ends ? String.fromCharCode(FOLD[first]!) : '';
}

function isLineBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const k = CLS[c]!;
  return (k === 0 ? classify(c) : k) === NEWLINE;
}

/**
 * Words that make a qualifier list another place (see {@link namesAnotherPlace}):
 * US local units, and place words such as "Heights" and "Mills".
 */
const PLACE_QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  ...US_LOCAL_UNITS,
  ...'state county city town village heights mills square georgia'.split(' '),
]);

/**
 * True if a matched qualifier list names another place of the same name: a
 * US state ("Moscow, Idaho", "Damascus, Maryland"), a local unit or place
 * word ("Washington County", "Washington Heights", "Moscow Mills").
 */
function namesAnotherPlace(list: string[]): boolean {
  return isUsStateList(list) || list.some((w) => PLACE_QUALIFIER_WORDS.has(w));
}

/**
 * True if text[start, end) is a place named like a US state written as the
 * state of a town: "Halden, Washington · © 2026", "Ellensburg, Washington,
 * near Yakima", "Olympia, Washington 98501". Not in a list of capitals
 * ("Paris, Washington and London") nor after a KB place ("Moscow,
 * Washington and Beijing").
 */
function stateAfterTown(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  // A comma before it first: most places fail on one read, without a word built.
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  if (i < 0 || text.charCodeAt(i) !== 44) return false;
  if (!STATE_NAMED_PLACES.has(foldSpan(text, start, end))) return false;
  if (!isWordCode(text.charCodeAt(i - 1))) return false;
  const town = wordEndingAt(text, i);
  if (!startsUpper(text, town.start) || ctx.isWholeAlias(town.folded)) return false;
  // After the state: the entry ends, a comma and a lower-case word, or a ZIP code.
  let j = end;
  while (j < text.length && isBlank(text, j)) j++;
  const c = text.charCodeAt(j);
  if (c >= 48 && c <= 57) return true;
  if (c === 44) {
    const next = wordAfter(text, j + 1);
    return next !== null && !startsUpper(text, next.start);
  }
  return closesEntry(text, end) || c === 46;
}

/** What only a US state has, after its possessive: "Washington's governor". */
const STATE_POSSESSIONS: ReadonlySet<string> = new Set([
  'governor',
  'legislature',
  'counties',
  'congressional',
  'district',
  'districts',
]);

/**
 * True if text[start, end) is a place named like a US state whose
 * possessive owns what only a state has: "Washington's 5th District",
 * "Washington's 3rd Congressional District", "Washington's governor"
 * (election results, not the federal capital).
 */
function stateOwnsAfter(text: string, start: number, end: number): boolean {
  // An apostrophe right after: one read clears most places.
  if (!pageText.isApostropheCode(text.charCodeAt(end))) return false;
  if (FOLD[text.charCodeAt(end + 1)] !== 115 || isWordCode(text.charCodeAt(end + 2))) return false;
  if (!STATE_NAMED_PLACES.has(foldSpan(text, start, end))) return false;
  let w = wordAfter(text, end + 2);
  // An ordinal first ("5th", "at-large" is a word of its own).
  if (w !== null && isDigitCode(text.charCodeAt(w.start))) w = wordAfter(text, w.end);
  return w !== null && STATE_POSSESSIONS.has(w.folded);
}

/** Words after which a surname is talked about: "people named Peskov", "the surname Akar", "also spelled Asad". */
const NAME_TALK_BEFORE = new HashedWordSet(new Set(['named', 'surname', 'spelled']));
/** What an encyclopedia puts in brackets after a name its entry is about. */
const NAME_ENTRY: ReadonlySet<string> = new Set([
  'given name',
  'surname',
  'name',
  'disambiguation',
  'family name',
]);
/** What "X is a … ___" calls a name talked about: "Peskov is a Russian surname". */
const NAME_TALK_AFTER: ReadonlySet<string> = new Set(['surname', 'name']);

/**
 * True if the surname text[start, end) is talked about as a name: after
 * "named" or "surname", before "(given name)" or "(surname)", or followed by
 * "is a(n) [up to three words] surname", also across a bracket ("Peskov
 * (Russian: Песков) is a Russian surname").
 */
function surnameTalkedAbout(text: string, start: number, end: number): boolean {
  // "named" and "surname" end in d or e: one read clears most surnames,
  // then one hash probe.
  const before = start - 1;
  if (text.charCodeAt(before) === 32) {
    const c = FOLD[text.charCodeAt(before - 1)];
    if (c === 100 || c === 101) {
      let from = before;
      while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
      if (NAME_TALK_BEFORE.hasSpan(text, from, before, foldedWordHash(text, from, before))) {
        return true;
      }
    }
  }
  if (text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  if (text.charCodeAt(i) === 40) {
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 60) return false;
    // "Erdoğan (given name)", "see Erdoğan (surname)": an encyclopedia's entry on the name.
    if (NAME_ENTRY.has(text.slice(i + 1, close).toLowerCase())) return true;
    i = close + 1;
  }
  // " is a", " is an": the i of "is" first.
  while (text.charCodeAt(i) === 32) i++;
  if (
    text.charCodeAt(i) !== 105 ||
    text.charCodeAt(i + 1) !== 115 ||
    text.charCodeAt(i + 2) !== 32
  ) {
    return false;
  }
  const article = wordAfter(text, i + 2);
  if (article === null || (article.folded !== 'a' && article.folded !== 'an')) return false;
  let w = wordAfter(text, article.end);
  // "is a Turkish masculine given name": up to three words before "name".
  for (let k = 0; k < 4 && w !== null; k++) {
    if (NAME_TALK_AFTER.has(w.folded)) return true;
    w = wordAfter(text, w.end);
  }
  return false;
}

/** Most capitalised words a lawmaker's name spans in {@link lawmakerOfState}. */
const LAWMAKER_NAME_WORDS = 4;

/**
 * True if text[start, end) is a place named like a US state after a
 * lawmaker's name and "of": "Rep. Adam Smith of Washington", "Sen. Raphael
 * Warnock of Georgia" (AP style for a member's home state).
 */
function lawmakerOfState(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  // " of " right before: three reads clear most places, with no word built.
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 102) return false;
  if (FOLD[text.charCodeAt(start - 3)] !== 111 || isWordCode(text.charCodeAt(start - 4))) {
    return false;
  }
  const of = wordBefore(text, start);
  if (of === null || of.end - of.start !== 2 || of.folded !== 'of') return false;
  if (!STATE_NAMED_PLACES.has(foldSpan(text, start, end))) return false;
  let pos = of.start;
  for (let k = 0; k <= LAWMAKER_NAME_WORDS; k++) {
    // Across the period of an initial or an abbreviated title ("J.", "Rep.").
    let i = pos - 1;
    while (i >= 0 && isBlank(text, i)) i--;
    if (i >= 0 && text.charCodeAt(i) === 46) i--;
    if (i < 0 || !isWordCode(text.charCodeAt(i))) return false;
    const w = wordEndingAt(text, i + 1);
    if (LAWMAKER_TITLES.has(w.folded)) return true;
    if (!startsUpper(text, w.start)) return false;
    pos = w.start;
  }
  return false;
}

/**
 * True if the surname ending at `end` is followed by ", Given" ending a list
 * entry, with a capitalised name-like word that is no word of entity `e`'s
 * names: a roster written surname first ("Peskov, Andrei | Masters").
 */
function givenNameAfterComma(ctx: RuleContext, start: number, end: number, e: number): boolean {
  const { text } = ctx;
  if (text.charCodeAt(end) !== 44) return false;
  const w = wordAfter(text, end + 1);
  if (w === null || !startsUpper(text, w.start)) return false;
  // (One letter is an initial: see initialAfter.)
  if (!closesEntry(text, w.end) && (w.end - w.start < 2 || !closesReferenceName(text, w.end))) {
    // "PESKOV, Nikolay Dmitrievich 1990 Son of…" in a table row: a
    // patronymic or a middle name, then the row's next cell. (Not "Erdogan,
    // Hulusi Akar, …", a list of names.)
    const middle = w.end - w.start < 2 || !opensLine(text, start) ? null : wordAfter(text, w.end);
    if (
      middle === null ||
      middle.end - middle.start < 2 ||
      !startsUpper(text, middle.start) ||
      !(closesEntry(text, middle.end) || numberAfter(text, middle.end)) ||
      // A KB name of its own there ("Erdogan, Hulusi Akar"), not one that
      // merely starts so ("AKAR, Mehmet Ali; DOB 1981" beside "Ali Abdullah
      // Ayoub"): the entry ends after it.
      ctx.isWholeAliasHash(foldedWordHash(text, middle.start, middle.end))
    ) {
      return false;
    }
  }
  return (
    nameKind(ctx, w.start, w.end) === NAME_LIKE &&
    !ctx.hasWordAt(e, text, w.start, w.end) &&
    !surnameListGoesOn(text, w.end)
  );
}

/**
 * True if, after the word ending at `end`, a comma and one more capitalised
 * word end a list in prose: "Shoigu, Lavrov, Gerasimov on one side", not
 * "Peskov, Dmitry, Akar, Hulusi (2019)" in a reference list.
 */
function surnameListGoesOn(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const next = wordAfter(text, end + 1);
  if (next === null || next.end - next.start < 2 || !startsUpper(text, next.start)) return false;
  const c = text.charCodeAt(next.end);
  if (c === 59) return true;
  return c === 32 && LOWER[text.charCodeAt(next.end + 1)] === 1;
}

/**
 * True if only blanks come between the line's start and `start` (a digit
 * cell may: "14202 PESKOV"; so may a reference's backlink or a bullet:
 * "^ Peskov, Dmitry (2018)", "• Akar, H.").
 */
function opensLine(text: string, start: number): boolean {
  let b = start;
  while (
    b > 0 &&
    (isBlank(text, b - 1) ||
      isDigitCode(text.charCodeAt(b - 1)) ||
      LINE_MARKS.includes(text[b - 1]!))
  ) {
    b--;
  }
  return b === 0 || isLineBreakAt(text, b - 1);
}

/** Marks a reference list or a bulleted list puts before an entry. */
const LINE_MARKS = '^\u2191\u2022*';

/** True if blanks and a digit follow `end` (a table's next cell: a year, an ID). */
function numberAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isBlank(text, i)) i++;
  return i > end && isDigitCode(text.charCodeAt(i));
}

/**
 * True if text[start, end) is the given name of an inverted entry that opens
 * its line or follows the previous entry's full stop, and ends its name
 * part: "Goldberg, Jeffrey, “The Obama Doctrine”", "Epstein, Jeffrey. 2019."
 * The word before the comma is a name-like word (not "Meanwhile, Jeffrey").
 */
function givenNameOfEntry(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  const after = text.charCodeAt(end);
  if ((after !== 44 && after !== 46) || text.charCodeAt(start - 1) !== 32) return false;
  if (text.charCodeAt(start - 2) !== 44) return false;
  const surname = wordEndingAt(text, start - 2);
  if (surname.start === surname.end || nameKind(ctx, surname.start, surname.end) !== NAME_LIKE) {
    return false;
  }
  if (opensLine(text, surname.start)) return true;
  const c = text.charCodeAt(surname.start - 2);
  return text.charCodeAt(surname.start - 1) === 32 && (c === 46 || c === 59);
}

/**
 * True if the surname at text[start, end) (alias `a` of entity `e`) opens
 * a reference-list entry with the entity's own first initial after the
 * comma: "Erdoğan, R. T. (2019).", "Akar, H. (2020)." It then names the
 * entity like {@link ownNameAfterComma}, whatever namesakes the list holds
 * ("Erdoğan, E. (2016)" above it).
 */
export function ownInitialsAfterComma(
  ctx: RuleContext,
  a: number,
  start: number,
  end: number,
  e: number,
): boolean {
  if (!opensLine(ctx.text, start)) return false;
  const initial = initialAfter(ctx.text, end);
  return initial !== '' && ctx.hasOwnInitial(e, a, initial);
}

/**
 * True if the surname ending at `end` is the entity's inverted full name, as
 * indexes and reference lists write it: a comma, a given name of entity
 * `e`'s own (two letters or more), any middle initials, and the entry's
 * end, in an entry that opens its line ("Akar, Hulusi, 102", "Jeffrey, James F., 171", "Assad, Bashar al-,
 * 12", "Ersen, Emre. 2019."). It then names the entity like the full name.
 */
export function ownNameAfterComma(
  ctx: RuleContext,
  start: number,
  end: number,
  e: number,
): boolean {
  const { text } = ctx;
  if (text.charCodeAt(end) !== 44) return false;
  // An entry opens its line ("Jeffrey, James, and Rayburn were…" is prose).
  if (!opensLine(text, start)) return false;
  const w = wordAfter(text, end + 1);
  if (w === null || w.end - w.start < 2 || !startsUpper(text, w.start)) return false;
  if (!ctx.hasWordAt(e, text, w.start, w.end)) return false;
  // Middle initials: " F.", " J. F."
  let i = w.end;
  for (;;) {
    let k = i;
    while (k < text.length && isBlank(text, k)) k++;
    if (k === i || UPPER[text.charCodeAt(k)] !== 1 || text.charCodeAt(k + 1) !== 46) break;
    i = k + 2;
  }
  // "al-" of "Assad, Bashar al-, 12".
  if (text.charCodeAt(i) === 32) {
    const particle = wordAfter(text, i);
    const c = particle ? text.charCodeAt(particle.end) : 0;
    if (particle && NAME_PARTICLES.has(particle.folded) && (c === 45 || c === 0x2010)) {
      i = particle.end + 1;
    }
  }
  if (endsIndexEntry(text, i)) return true;
  // A patronymic or a middle name in a table row ("PESKOV, Dmitry
  // Sergeyevich"), or the entity's own second given name ("Erdoğan, Recep
  // Tayyip, 5").
  const middle = text.charCodeAt(i) === 32 ? wordAfter(text, i) : null;
  return (
    middle !== null &&
    middle.end - middle.start >= 2 &&
    startsUpper(text, middle.start) &&
    (ctx.hasWordAt(e, text, middle.start, middle.end) ||
      !ctx.startsKbName(text, middle.start, middle.end)) &&
    endsIndexEntry(text, middle.end)
  );
}

/**
 * True if an index's or a reference list's entry goes on from `i` as it
 * does after a name: with the line, a bracket ("(2019)"), a table row's
 * next cell, or a comma or full stop before page numbers, a year or the
 * line's end. Not a comma
 * before more prose ("Jeffrey, James, and Rayburn were…").
 */
function endsIndexEntry(text: string, i: number): boolean {
  while (i < text.length && isBlank(text, i)) i++;
  if (i >= text.length || isLineBreakAt(text, i)) return true;
  const c = text.charCodeAt(i);
  // A bracket, a semicolon, or the row's next cell ("… Sergeyevich 17/10/1967").
  if (c === 40 || c === 59 || (i > 0 && isBlank(text, i - 1) && isDigitCode(c))) return true;
  if (c !== 44 && c !== 46) return false;
  let k = i + 1;
  while (k < text.length && isBlank(text, k)) k++;
  if (k >= text.length || isLineBreakAt(text, k) || isDigitCode(text.charCodeAt(k))) return true;
  // A co-author or a role after a comma: "Ersen, Emre, and Seçkin Köstem,
  // eds.", "Ersen, Emre, editor.".
  if (c !== 44) return false;
  const w = text.charCodeAt(k) === 38 ? null : wordAfter(text, k - 1);
  if (w !== null && ENTRY_ROLE_WORDS.has(w.folded)) return true;
  // A co-author: only in an entry that gives a year ("Jeffrey, James, and
  // Rayburn were at the hearing" is prose).
  return (text.charCodeAt(k) === 38 || w?.folded === 'and') && yearLaterInLine(text, k);
}

/** Words after a comma that close a name in a reference list or a catalogue. */
const ENTRY_ROLE_WORDS: ReadonlySet<string> = new Set(
  `eds ed editor editors trans translator author compiler`.split(' '),
);

/** True if four digits in a row come after `i` on its line. */
function yearLaterInLine(text: string, i: number): boolean {
  let run = 0;
  for (let k = i; k < text.length && k < i + 300 && !isLineBreakAt(text, k); k++) {
    run = isDigitCode(text.charCodeAt(k)) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/**
 * True if a reference list's or an index's inverted name ends after the
 * given name ending at `end`: a full stop and the year ("Akar, Oya. 2019."),
 * or a name particle that closes the entry ("Assad, Hafez al-, 35–37").
 */
function closesReferenceName(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 46) {
    let i = end + 1;
    while (i < text.length && isBlank(text, i)) i++;
    return isDigitCode(text.charCodeAt(i)) || text.charCodeAt(i) === 40;
  }
  if (text.charCodeAt(end) !== 32) return false;
  const particle = wordAfter(text, end);
  if (particle === null || !NAME_PARTICLES.has(particle.folded)) return false;
  // "al-" with its hyphen and no word after it.
  const c = text.charCodeAt(particle.end);
  return closesEntry(text, c === 45 || c === 0x2010 ? particle.end + 1 : particle.end);
}

/** Particles of Arabic, Dutch, German, French and Spanish names, as indexes write them after the given name. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `al el bin ibn bint abu van von der de del della da du di la le`.split(/\s+/),
);

/**
 * True if the word before `start` places what follows: "from Aleppo", "in
 * Aleppo", "near Aleppo" (not "of": "a pinch of Aleppo").
 */
export function locatedBy(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  return w !== null && w.folded !== 'of' && LOCATING_WORDS.has(w.folded);
}

/** Turkish case endings after an apostrophe that locate ("Halep'te", "Halep'ten", "Halep'e"). */
const TURKISH_LOCATIVES: ReadonlySet<string> = new Set(
  'de da te ta den dan ten tan e a ye ya deki daki teki taki'.split(' '),
);

/** Turkish postpositions that locate after a place ("Halep çevresinde"), folded. */
const TURKISH_POSTPOSITIONS: ReadonlySet<string> = new Set(
  'cevresinde yakininda kirsalinda merkezinde civarinda kentinde ilinde bolgesinde icinde disinda yonunde'.split(
    ' ',
  ),
);

/** Nouns an appositive gives a city or a country ("Damasco, una de las ciudades más antiguas"), folded. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  `city cities capital town metropolis country ciudad ciudades pais ville villes capitale pays
  stadt stadte hauptstadt land citta paese sehir sehri kent kenti baskent ulke город города
  столица страна`.split(/\s+/),
);

/** How many words after a place's comma {@link placeNounAfter} reads. */
const APPOSITIVE_WORDS = 6;

/**
 * True if what follows a place at `end` says it is the place: a Turkish
 * locative ending or postposition ("Halep'te", "Halep çevresinde"), or an
 * appositive that calls it a city or a country ("Aleppo, Syria's second
 * city", "Damasco, una de las ciudades más antiguas del mundo").
 */
export function placeNounAfter(text: string, end: number): boolean {
  if (pageText.isApostropheCode(text.charCodeAt(end))) {
    return (
      isWordCode(text.charCodeAt(end + 1)) &&
      TURKISH_LOCATIVES.has(wordStartingAt(text, end + 1).folded)
    );
  }
  const next = wordAfter(text, end);
  if (next !== null && TURKISH_POSTPOSITIONS.has(next.folded)) return true;
  if (text.charCodeAt(end) !== 44) return false;
  for (const w of wordsAround(text, end + 1, APPOSITIVE_WORDS, false)) {
    if (PLACE_NOUNS.has(w.folded)) return true;
  }
  return false;
}

/** Shortest words {@link RuleContext.hasWordSpelledLike} compares. */
const NEAR_SPELLING_MIN = 5;

/** The folded letters of the word {@link RuleContext.hasWordSpelledLike} compares. */
const SPELLING = new Uint16Array(64);

/**
 * True if the first `n` letters of {@link SPELLING} and keys[from, to)
 * differ by at most one added, dropped or changed letter.
 */
function oneEditApart(n: number, keys: string, from: number, to: number): boolean {
  const word = SPELLING;
  const m = to - from;
  if (Math.abs(n - m) > 1) return false;
  let i = 0;
  while (i < n && i < m && word[i] === keys.charCodeAt(from + i)) i++;
  if (i === n || i === m) return true;
  // First difference at i: skip one letter on the longer side, or one on each.
  const rest = (a: number, b: number) => {
    for (; a < n && b < m; a++, b++) if (word[a] !== keys.charCodeAt(from + b)) return false;
    return a === n && b === m;
  };
  if (n === m) return rest(i + 1, i + 1);
  return n > m ? rest(i + 1, i) : rest(i, i + 1);
}

/** {@link wordLists.PRONOUN_CUE_WORDS}, testable on a span of page text. */
const PRONOUN_CUES = new HashedWordSet(wordLists.PRONOUN_CUE_WORDS);

/**
 * True if text[start, end) is an item of a menu separated by "|" or "·"
 * ("Edition: UK | US | International"): an edition or section picker, not
 * a mention.
 */
function inMenu(text: string, start: number, end: number): boolean {
  const n = skipSpaces(text, end, 1);
  const c = n < text.length ? text.charCodeAt(n) : 0;
  // "AFP · Feb 20, 2020", "AP · 6 hrs ago": an outlet's credit before a date.
  if (c === 124 || c === 0xb7) return !dateFrom(text, n + 1);
  const p = skipSpaces(text, start - 1, -1);
  const b = p >= 0 ? text.charCodeAt(p) : 0;
  // "News | US envoy visits the border": a headline after its section, whose
  // phrase goes on in lower case, is no menu; nor is a speaker's label in a
  // ticker ("A MONTH · UN: 948,000 DISPLACED").
  return (b === 124 || b === 0xb7) && !(n > end && LOWER[c] === 1) && c !== 58;
}

const MONTHS: ReadonlySet<string> = new Set(
  `jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
  august september october november december`.split(/\s+/),
);

/** True if a number or a month's name starts at `i`, after spaces. */
function dateFrom(text: string, i: number): boolean {
  const from = skipSpaces(text, i, 1);
  if (from >= text.length) return false;
  const c = text.charCodeAt(from);
  if (isDigitCode(c)) return true;
  return isWordCode(c) && MONTHS.has(wordStartingAt(text, from).folded);
}

/** Possessives that open a menu's next item ("ABOUT US OUR WORK"). */
const POSSESSIVES = new HashedWordSet(new Set(['our', 'your', 'my', 'their']));
/** Pronoun cues that open a menu item ("ABOUT US", "CONTACT US"), unlike "WITH US TROOPS". */
const MENU_CUES = new HashedWordSet(
  new Set(['about', 'contact', 'join', 'follow', 'email', 'call', 'visit', 'help', 'tell']),
);

/**
 * True if the all-caps word text[start, end) is an object pronoun: after a
 * preposition or a verb that takes one, in capitals too, and ending its
 * phrase ("STAY WITH US — YOUR FORECAST IS NEXT", a menu's "ABOUT US"), or
 * before a possessive, or after a cue that opens its line (a menu: "ABOUT US
 * OUR WORK NEWS", "CONTACT US DONATE"); not "WITH US TROOPS", nor "about US"
 * in running text.
 */
function pronounInCaps(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  const before = wordBefore(text, start);
  if (!before || !isAllCaps(text, before.start, before.end)) return false;
  const cue = foldedWordHash(text, before.start, before.end);
  let i = end;
  while (i < text.length && isBlank(text, i)) i++;
  const endsPhrase = i >= text.length || !isWordCode(text.charCodeAt(i));
  if (!PRONOUN_CUES.hasSpan(text, before.start, before.end, cue)) {
    // "ERDOGAN IGNORED US.": the object of a verb in the past tense.
    return endsPhrase && pastTense(text, before.start, before.end);
  }
  if (endsPhrase) return true;
  const next = wordAfter(text, end);
  if (next === null) return true;
  const hash = foldedWordHash(text, next.start, next.end);
  if (POSSESSIVES.hasSpan(text, next.start, next.end, hash)) return true;
  if (!MENU_CUES.hasSpan(text, before.start, before.end, cue)) return false;
  let b = before.start - 1;
  while (b >= 0 && isBlank(text, b)) b--;
  return b < 0 || isLineBreakAt(text, b);
}

/** {@link Near} word offsets before the word is looked for. */
const NOT_ASKED = -2;

/**
 * Neighbourhood of one candidate span, shared by the aliases ending there.
 * Words are kept only when name-like (see nameKind), as offsets: most
 * neighbours are lower case and are judged without building a word. One
 * object serves a whole page (see {@link resetNear}).
 */
export interface Near {
  /** Start of the word before / after if name-like, -1 if none, NOT_ASKED until asked. */
  prevStart: number;
  prevEnd: number;
  nextStart: number;
  nextEnd: number;
  /** The word before / after if it is a KB name on its own, else -1; set with prevStart / nextStart. */
  prevKbStart: number;
  prevKbEnd: number;
  nextKbStart: number;
  nextKbEnd: number;
  style: LineStyle | undefined;
  /**
   * Set when the verdict found the span followed by someone else's surname,
   * as their given name ("Jeffrey Feltman"); false until then.
   */
  givenNameUse: boolean;
}

/** A Near for a new span. */
export function newNear(): Near {
  return {
    prevStart: NOT_ASKED,
    prevEnd: 0,
    nextStart: NOT_ASKED,
    nextEnd: 0,
    prevKbStart: -1,
    prevKbEnd: 0,
    nextKbStart: -1,
    nextKbEnd: 0,
    style: undefined,
    givenNameUse: false,
  };
}

/** Makes `near` a Near for a new span. */
export function resetNear(near: Near): Near {
  near.prevStart = NOT_ASKED;
  near.nextStart = NOT_ASKED;
  near.style = undefined;
  near.givenNameUse = false;
  return near;
}

/**
 * Offset of the first word character at or after `i` (forward) or of the
 * last one at or before it (back), skipping what `wordsAround` skips before
 * its first word, or -1 if no word comes first.
 */
function firstWordFrom(text: string, i: number, back: boolean): number {
  const step = back ? -1 : 1;
  const n = text.length;
  // An elided word before a name: French "d'Alep".
  if (back && i > 0 && pageText.isApostropheCode(text.charCodeAt(i))) i--;
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

/**
 * Sets near.prev* to the word `wordBefore` finds if it is a name-like
 * capitalised word and not the "s" of a possessive, else near.prevStart to -1.
 */
function findNameBefore(ctx: RuleContext, near: Near, pos: number): void {
  const { text } = ctx;
  near.prevStart = -1;
  near.prevKbStart = -1;
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k !== SPACE && k !== IGNORABLE) break;
    i--;
  }
  if (i < 0 || i === pos - 1) return;
  let k = CLS[text.charCodeAt(i)]!;
  if (k === 0) k = classify(text.charCodeAt(i));
  if (k !== WORD) return;
  let start = i;
  for (let j = i - 1; j >= 0; j--) {
    const kj = CLS[text.charCodeAt(j)]!;
    const kk = kj === 0 ? classify(text.charCodeAt(j)) : kj;
    if (kk === WORD) start = j;
    else if (kk !== IGNORABLE) break;
  }
  if (UPPER[text.charCodeAt(start)] !== 1) return;
  if (isPossessiveS(text, start, i + 1)) return;
  if (start === i && isTemperatureUnit(text, start)) return;
  const kind = nameKind(ctx, start, i + 1);
  if (kind === KB_NAME) {
    near.prevKbStart = start;
    near.prevKbEnd = i + 1;
  }
  if (kind !== NAME_LIKE) return;
  near.prevStart = start;
  near.prevEnd = i + 1;
}

/**
 * True if a name-like capitalised word follows text[start, end) in a line
 * that is neither title case nor ALL CAPS: another person's surname after
 * these names ("James Jeffrey Stump").
 */
export function surnameFollows(ctx: RuleContext, start: number, end: number, near: Near): boolean {
  if (!capitalAfterSpaces(ctx.text, end)) return false;
  resetNear(near);
  findNameAfter(ctx, near, end);
  if (near.nextStart < 0) return false;
  // "… Recep Tayyip Erdogan Vladimir Putin" in a run of topic tags: the next
  // KB name, not a surname.
  if (ctx.startsKbName(ctx.text, near.nextStart, near.nextEnd)) return false;
  const style = lineStyle(ctx.text, start, ctx.lines);
  return !style.titleCase && !style.allCaps;
}

/**
 * Sets near.next* to the word `wordAfter` finds if it is a name-like
 * capitalised word, else near.nextStart to -1.
 */
function findNameAfter(ctx: RuleContext, near: Near, pos: number): void {
  const { text } = ctx;
  near.nextStart = -1;
  near.nextKbStart = -1;
  const n = text.length;
  let i = pos;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k !== SPACE && k !== IGNORABLE) break;
    i++;
  }
  if (i >= n || i === pos) return;
  let k = CLS[text.charCodeAt(i)]!;
  if (k === 0) k = classify(text.charCodeAt(i));
  if (k !== WORD || UPPER[text.charCodeAt(i)] !== 1) return;
  const start = i;
  let end = i + 1;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    let kk = CLS[c]!;
    if (kk === 0) kk = classify(c);
    if (kk === WORD) end = i + 1;
    else if (kk !== IGNORABLE) break;
  }
  // One capital without a dot is no one's name but a table's marker
  // ("France Q | 3 2 1 0", "Egypt E"), unless a name follows: an initial
  // ("Israel J. Martinez", "Israel J Hernandez").
  if (end - start === 1 && text.charCodeAt(end) !== 46 && !capitalAfterSpaces(text, end)) return;
  // Nor are two or three capitals: an office or a code ("Israel AG clears
  // way", "Turkey FM"), in a line not written in capitals.
  if (end - start <= 3 && isAllCaps(text, start, end)) return;
  const kind = nameKind(ctx, start, end);
  if (kind === KB_NAME) {
    near.nextKbStart = start;
    near.nextKbEnd = end;
  }
  if (kind !== NAME_LIKE || isTicker(text, start, end)) return;
  near.nextStart = start;
  near.nextEnd = end;
}

/**
 * True if text[start, end) stands alone between quotation marks: a word
 * talked about, not used ('"US" and "them"', a pronoun in English quoted on
 * a Spanish page).
 */
function quotedAlone(text: string, start: number, end: number): boolean {
  return isQuoteCode(text.charCodeAt(start - 1)) && isQuoteCode(text.charCodeAt(end));
}

function isQuoteCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e;
}

/** Offices before a public figure's surname, folded: "President Erdogan", "Kremlin spokesman Peskov". */
const OFFICES = new HashedWordSet(
  new Set(
    `president presidents prime premier minister ministers secretary spokesman spokeswoman
    spokesperson envoy ambassador chancellor cumhurbaskani cumhurbaskanimiz bakan bakani
    prasident kanzler kanzlerin sprecher staatschef aussenminister außenminister
    verteidigungsminister
    presidente ministro ministra portavoz ministre kremlsprecher kremlchef regierungssprecher
    reis sozcu sozcusu buyukelci buyukelcisi temsilci temsilcisi bondskanselier kanselier
    woordvoerder forbundskansler talesman talesperson utrikesminister forsvarsminister
    statsminister prezydent rzecznik kanclerz presiden menteri kanselir portavoce cancelliera
    cancelliere chanceler президент министр секретарь
    представитель`.split(/\s+/),
  ),
);

/**
 * True if an office ("Turkish President Erdogan", "Cumhurbaşkanı Erdoğan")
 * or a country's possessive ("Turkey's Erdogan", "Russia's Putin") directly
 * precedes `start`: the public figure, not a namesake on the same page (a
 * grill owner named Mehmet Erdogan). Not an honorific ("Dr. Erdoğan").
 */
export function publicFigureCue(ctx: RuleContext, start: number): boolean {
  const { text } = ctx;
  let i = start - 1;
  if (i < 1 || text.charCodeAt(i) !== 32) return false;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  const end = i;
  let from = end;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  if (from === end) return false;
  const hash = foldedWordHash(text, from, end);
  if (OFFICES.hasSpan(text, from, end, hash)) return true;
  // "Turkey's": a possessive "s" after an apostrophe, after a KB name.
  if (end - from !== 1 || FOLD[text.charCodeAt(from)] !== 115) return false;
  if (!pageText.isApostropheCode(text.charCodeAt(from - 1))) return false;
  let w = from - 1;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  return (
    w < from - 1 && startsUpper(text, w) && ctx.isWholeAliasHash(foldedWordHash(text, w, from - 1))
  );
}

/** Honorifics before a person's given name ("Dr. Oleg Peskov"), folded. */
const HONORIFICS: ReadonlySet<string> = new Set(
  `dr mr mrs ms miss mx prof professor sir dame rev`.split(' '),
);

/**
 * True if the word before a name, at `prev`, ends a hyphenated compound in a
 * title-case or ALL-CAPS line: "High-Stakes Putin Summit", "Two-Time Assad
 * Ally". Headline style capitalises each part; a hyphenated given name
 * ("Jean-Pierre Peskov") is then no more likely than a compound.
 */
function headlineCompoundBefore(
  ctx: RuleContext,
  near: Near,
  prev: number,
  start: number,
): boolean {
  const { text } = ctx;
  if (
    prev < 2 ||
    !isCompoundHyphen(text.charCodeAt(prev - 1)) ||
    !isWordCode(text.charCodeAt(prev - 2))
  ) {
    return false;
  }
  const style = (near.style ??= lineStyle(text, start, ctx.lines));
  return style.titleCase || style.allCaps;
}

function isCompoundHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** How far before a name {@link confusedWithBefore} looks. */
const CONFUSED_REACH = 40;

/** True if "confused with" stands in the same line within CONFUSED_REACH characters before `pos`. */
function confusedWithBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - CONFUSED_REACH);
  for (let i = pos - 1; i >= from; i--) {
    if (isLineBreakAt(text, i)) return false;
    // The "w" of "with", nine units into the phrase.
    if (text.charCodeAt(i) === 119 && i >= 9 && text.startsWith('confused with', i - 9))
      return true;
  }
  return false;
}

/** True if an honorific ({@link HONORIFICS}), with or without its dot, is the word before `start`. */
function afterHonorific(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  if (i >= 0 && text.charCodeAt(i) === 46) i--;
  if (i < 0 || !isWordCode(text.charCodeAt(i))) return false;
  return HONORIFICS.has(wordEndingAt(text, i + 1).folded);
}

/** True if the word text[start, end) of four letters or more ends in "ed" ("IGNORED", "WARNED"). */
function pastTense(text: string, start: number, end: number): boolean {
  return (
    end - start >= 4 &&
    FOLD[text.charCodeAt(end - 1)] === 100 &&
    FOLD[text.charCodeAt(end - 2)] === 101
  );
}

/** True if some name of entity `e` is a surname or a given name: a person. */
export function isPerson(t: MatcherTables, e: number): boolean {
  return entityHasFlag(t, e, NAME_PART);
}

/** True if some alias of entity `e` has one of `flags` (a name part: a person; Place: a place). */
export function entityHasFlag(t: MatcherTables, e: number, flags: number): boolean {
  const { start, list } = t.entityAliases;
  for (let j = start[e]!; j < start[e + 1]!; j++) {
    if ((t.aliasFlags[list[j]!]! & flags) !== 0) return true;
  }
  return false;
}

/** Longest index or ticker symbol {@link isTicker} recognises. */
const TICKER_MAX = 5;

/** An index's symbol before its number: "EGX 30", "CAC 40", "TA-35" (after "Egypt", "France", "Israel"). */
function isTicker(text: string, start: number, end: number): boolean {
  if (end - start > TICKER_MAX || !isAllCaps(text, start, end)) return false;
  let i = end;
  if (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45) i++;
  return i > end && isDigitCode(text.charCodeAt(i));
}

/**
 * True if text[start, end) lies in a token (a run without spaces) that has a
 * slash, a dot, an "@" or a colon before its trailing punctuation: a web
 * address, a path or a handle.
 */
function inAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !isSpaceAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isSpaceAt(text, to)) to++;
  while (to > end && TRAILING_PUNCT.includes(text[to - 1]!)) to--;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 46 || c === 64 || c === 58) return true;
  }
  return false;
}

const TRAILING_PUNCT = '.,;:!?)]}"\'’”»';

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const k = CLS[c]!;
  const kk = k === 0 ? classify(c) : k;
  return kk === SPACE || kk === NEWLINE;
}

/**
 * True if text[start, end) is part of a user name, identifier, web address
 * or code rather than a name: joined to another word by an underscore
 * ("u/Moscow_Mule_Enjoyer", "@akar_ist"), followed by a dot and a
 * lower-case letter ("Kremlin.ru", "Turkey.com"), by a hyphen and a digit
 * (the route "US-95"), or by a dollar sign (the currency "US$"). Asked of every candidate (plain aliases too): most
 * are followed by a space, one read.
 */
export function inIdentifier(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 46) {
    const c = text.charCodeAt(end + 1);
    if (c >= 97 && c <= 122) return true;
  } else if (next === 95 && isWordCode(text.charCodeAt(end + 1))) {
    return true;
  } else if (next === 45) {
    const c = text.charCodeAt(end + 1);
    if (c >= 48 && c <= 57) return true;
  } else if (next === 36) {
    // A currency: "US$2.4 million".
    return true;
  }
  return text.charCodeAt(start - 1) === 95 && isWordCode(text.charCodeAt(start - 2));
}

/**
 * Applies the local rules to alias `a` found at text[start, end). `flags`
 * and `entity` are the alias's, passed by callers that have them at hand.
 * A `lowerCase` alias written all in lower case is a Related verdict (its
 * entity or a related one must be named outright) for one word, and Ok for
 * a full name, where it stands as a word of prose.
 */
export function checkLocal(
  ctx: RuleContext,
  a: number,
  start: number,
  end: number,
  near: Near = newNear(),
  flags = ctx.t.aliasFlags[a]!,
  entity = ctx.t.aliasEntity[a]!,
): VerdictValue {
  const verdict = checkSpan(ctx, a, start, end, near, flags, entity);
  if ((flags & LOWER_CASE) === 0 || hasUpperIn(ctx.text, start, end)) return verdict;
  // A name all in lower case: a word of prose or of a caption, not part of
  // an address, a slug or a tag ("turkey-russia-idlib-rivals", "#idlib").
  // A full name ("vladimir putin") says who it is; one word counts only
  // where the page names the entity or a related one outright.
  if (verdict !== OK) return verdict;
  const { text } = ctx;
  if (!standsAsWord(text, start, end) || inAddress(text, start, end) || isTag(text, start, end)) {
    return REJECT;
  }
  if ((flags & SINGLE_WORD) === 0) return OK;
  // One word: only where the writer writes without capitals (a caption
  // track, "erdogan is bluffing again lol") or beside another name ("the
  // Sultan shouts, putin decides, assad bombs"). A writer who capitalises,
  // alone ("Meet putin, our grumpy tabby", "Releasing idlib 1.0"), means
  // another thing by the lower case: a pet, a package, a song.
  if (!uncapitalisedLine(text, start, end) && !otherNameInSentence(ctx, start, end)) return REJECT;
  // "putin my feet up", "a cat called putin": a pun on a verb, a pet's name.
  const next = wordAfter(text, end);
  const prev = wordBefore(text, start);
  if (
    (next !== null && LOWER_CASE_VERB_CUES.has(next.folded)) ||
    (prev !== null && (prev.folded === 'called' || prev.folded === 'named'))
  ) {
    return REJECT;
  }
  return RELATED;
}

/** How far {@link uncapitalisedLine} reads each way. */
const LINE_REACH = 300;

/**
 * True if the line around text[start, end) has no capital letter but the
 * pronoun "I": written all in lower case.
 */
function uncapitalisedLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= LINE_REACH && !isLineBreakAt(text, i); i--) {
    if (UPPER[text.charCodeAt(i)] === 1 && !pronounI(text, i)) return false;
  }
  for (let i = end; i < text.length && i - end <= LINE_REACH && !isLineBreakAt(text, i); i++) {
    if (UPPER[text.charCodeAt(i)] === 1 && !pronounI(text, i)) return false;
  }
  return true;
}

/**
 * True if the sentence around text[start, end) holds a word that is on its
 * own a KB alias, other than the word itself ("putin decides, assad bombs";
 * not "putin, putin, you never let me speak"). Reads at most
 * {@link LINE_REACH} characters each way; asked only of one-word names in
 * lower case.
 */
function otherNameInSentence(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  const own = foldedWordHash(text, start, end);
  let a = start;
  while (a > 0 && start - a < LINE_REACH && !sentenceBreakAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < LINE_REACH && !sentenceBreakAt(text, b)) b++;
  for (let i = a; i < b;) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < b && isWordCode(text.charCodeAt(j))) j++;
    if (i !== start) {
      const h = foldedWordHash(text, i, j);
      if (h !== own && ctx.isWholeAliasHash(h)) return true;
    }
    i = j;
  }
  return false;
}

/** True if text[i] ends a sentence: a line break, or ". ", "! ", "? ". */
function sentenceBreakAt(text: string, i: number): boolean {
  if (isLineBreakAt(text, i)) return true;
  const c = text.charCodeAt(i);
  return (c === 46 || c === 33 || c === 63) && isBlankOrEdge(text, i + 1);
}

/** True if text[i] is the pronoun "I" ("I think", "I'm"). */
function pronounI(text: string, i: number): boolean {
  return (
    text.charCodeAt(i) === 73 &&
    !isWordCode(text.charCodeAt(i - 1)) &&
    !isLetterCode(text.charCodeAt(i + 1))
  );
}

/** Words after a one-word name in lower case that make it a verb ("putin up with"), folded. */
const LOWER_CASE_VERB_CUES: ReadonlySet<string> = new Set([
  'up',
  'off',
  'my',
  'your',
  'our',
  'their',
]);

/** Punctuation a word of prose may follow: an opening bracket or quote. */
const OPENERS = '(["\'\u201c\u2018';
/** Punctuation a word of prose may precede. */
const CLOSERS = ',;:!?)]"\'\u201d\u2019';

/**
 * True if text[start, end) stands as a word of prose: blanks, an opening
 * bracket or quote before it, and blanks, a closing mark or a full stop
 * that ends the word after it (not "erdogan.jpg", "turkey-russia").
 */
function standsAsWord(text: string, start: number, end: number): boolean {
  if (start > 0 && !isBlankOrEdge(text, start - 1) && !OPENERS.includes(text[start - 1]!)) {
    return false;
  }
  if (end >= text.length || isBlankOrEdge(text, end) || CLOSERS.includes(text[end]!)) return true;
  return text.charCodeAt(end) === 46 && !isWordCode(text.charCodeAt(end + 1));
}

/** {@link checkLocal} before the lower-case gate. */
function checkSpan(
  ctx: RuleContext,
  a: number,
  start: number,
  end: number,
  near: Near,
  flags: number,
  entity: number,
): VerdictValue {
  const { t, text } = ctx;

  if (inIdentifier(text, start, end)) return REJECT;
  // A name read off a word ending in "s" ("Erdogans'", "Putins", see
  // ./scan.ts): for a common word that is its plural ("Turkeys are birds").
  if (isWordCode(text.charCodeAt(end))) {
    if ((flags & COMMON_WORD) !== 0 || !genitiveOk(text, start, end, flags)) return REJECT;
    // "PUTINS_PUPPET": the whole word is a username.
    if (inIdentifier(text, start, end + 1)) return REJECT;
    // "the Assads' Latakia heartland", "the Erdoğans' daughter": the family.
    if ((flags & NAME_PART) !== 0 && pageText.isApostropheCode(text.charCodeAt(end + 1))) {
      return REJECT;
    }
  }

  // Letter case.
  if ((flags & CASE_SENSITIVE) !== 0) {
    if (!caseKeyIs(text, start, end, t.caseKeys[a])) return REJECT;
  } else if ((flags & ALIAS_HAS_UPPER) !== 0) {
    if (
      ((flags & SINGLE_WORD) !== 0 ? !startsUpper(text, start) : !hasUpperIn(text, start, end)) &&
      // "recep tayyip erdogan" in auto-captions: all in lower case, where
      // the KB allows it (judged for the page by checkLocal).
      ((flags & LOWER_CASE) === 0 || hasUpperIn(text, start, end))
    ) {
      return REJECT;
    }
    if ((flags & INNER_UPPER_WORD) === SINGLE_WORD && hasInnerUpper(text, start, end)) {
      return REJECT;
    }
  }

  // Declared namesake qualifiers, also across a joining hyphen ("Hafez al-Assad").
  const before = t.notBefore[a];
  if (before) {
    const list = notBeforeMatch(text, start, before, t.notBeforeHint[a]);
    // "Borsa Istanbul" is an institution in the city: not the city here, but
    // no evidence against it elsewhere on the page. Nor is "FOLLOW US on X",
    // a pronoun after its verb; but a verb in lower case before capitals is
    // prose naming the country ("a motion to let US troops use Turkey").
    if (list !== null && !(isPronounCue(list) && lowerWordBefore(text, start))) {
      return isInstitution(list) || isPronounCue(list) ? REJECT : ctx.contest(a, list);
    }
  }
  const after = t.notAfter[a];
  if (after) {
    const list = qualifiedAfter(text, end, after, t.notAfterHint[a]);
    // "Istanbul Basaksehir" is a club named after the city: that span only.
    // An institution's name is capitalised: "one US bank" is a bank in the US.
    if (list !== null) {
      if (!isInstitution(list)) return ctx.contest(a, list);
      if (!isProperName(list) || startsUpper(text, firstWordFrom(text, end, false))) return REJECT;
    }
  }
  // "Erdogan Trucking LLC", "Washington Trust Bancorp": a company's name.
  if (companyNamedAfter(text, start, end, (flags & PLACE) === 0)) return REJECT;
  // "Kremlin, the Soviet-kitsch nightclub on Leavenworth Street": a venue
  // of that name, which the page's other mentions may be too. "Kremlin
  // (disambiguation)": a page about the word and the things it names.
  if ((flags & NAME_PART) === 0 && venueAppositiveAfter(text, end)) return CONTEST;
  if (text.charCodeAt(end + 1) === 40 && text.startsWith(' (disambiguation)', end)) return CONTEST;
  // "James Jeffrey, 81, of Rices Landing, died Monday": a local notice's
  // resident; "James Jeffrey (1798–1866)", a namesake long dead. Asked of
  // names that count only in context (common ones).
  if ((flags & COMMON_OR_PLACE) === CONTEXT && anotherPersonAfter(text, end)) return REJECT;
  // "Ali Ayyoub Jr.", "Pompeo Sr.": the bearer's son or father.
  if (generationAfter(text, end)) return REJECT;
  // "Georgia Washington, 82, crowned oldest finisher": a place named like a
  // person, with an age after it, is a person.
  if ((flags & PLACE_GIVEN_NAME) === PLACE_GIVEN_NAME && ageAfter(text, end)) return REJECT;
  let ok: VerdictValue = OK;
  if ((flags & PLACE) !== 0) {
    if (followedByUsState(ctx, end, entity)) return ctx.contestByPlace(a);
    if (
      stateAfterTown(ctx, start, end) ||
      lawmakerOfState(ctx, start, end) ||
      stateOwnsAfter(text, start, end)
    ) {
      return REJECT;
    }
    if (namedAfterPlace(text, start, end)) return CONTEST;
    if (eateryBefore(text, start)) return REJECT;
    // "33 جنديا تركيا" ("33 Turkish soldiers"): the Arabic adjective is
    // written as the country's name.
    if (arabicAdjectiveAt(ctx, start, end)) return REJECT;
    // "the University of Aleppo"; "the Rafik Hariri Center for the Middle
    // East", "Center on the United States and Europe" in prose.
    const body = institutionBefore(text, start);
    if (body === SCHOOL) return REJECT;
    if (body === VENUE) {
      const style = (near.style ??= lineStyle(text, start, ctx.lines));
      if (!style.titleCase && !style.allCaps) return REJECT;
    }
    const feature = featureAfter(ctx, near, start, end);
    if (feature === CONTEST) return ctx.contestByPlace(a);
    if (feature !== OK) return feature;
    if (after && ctx.gatedByUsState(a)) ok = RELATED;
    // "up U.S. 61 from St. Charles County": a road. (Abbreviations only:
    // "İSTANBUL 14°C" is a weather box.)
    if (end - start <= 4 && isAllCaps(text, start, end) && routeNumberAfter(text, end)) {
      return REJECT;
    }
  }

  // One of a list of acronyms ("AP & SAT", "AP/IB"): an ambiguous abbreviation
  // is then the other one. Before a route number ("US 58", "US 421") it is a road.
  if (
    (flags & CONTEXT_CASE_SENSITIVE) === CONTEXT_CASE_SENSITIVE &&
    isAllCaps(text, start, end) &&
    (inAcronymList(ctx, start, end) ||
      pronounInCaps(ctx, start, end) ||
      (inMenu(text, start, end) && !officialWordAfter(text, end)) ||
      routeNumberAfter(text, end) ||
      quotedAlone(text, start, end))
  ) {
    return REJECT;
  }

  // "List of people named Peskov", "Peskov (Russian: Песков) is a Russian
  // surname": the name talked about, not a bearer of it.
  if ((flags & SURNAME_WORD) === SURNAME_WORD && surnameTalkedAbout(text, start, end)) {
    return REJECT;
  }

  // A place named like a person's given name or surname ("Israel Martinez",
  // "Malik France" in a roster) is someone else in that span only: the
  // country is still the country elsewhere on the page.
  const namesake = (flags & PLACE) !== 0 ? REJECT : CONTEST;

  // "Thanks, Israel.", "Hi Israel": someone addressed by a given name.
  if ((flags & PLACE_GIVEN_NAME) === PLACE_GIVEN_NAME && greetingBefore(text, start)) return REJECT;
  // "the actor Isaiah Washington", "D. Washington, Verified Buyer": a place
  // named like a given name, after another name or an initial, is a surname
  // there. (A KB name before it is no person's: "Kremlin Washington talks".)
  if (
    (flags & PLACE_GIVEN_NAME) === PLACE_GIVEN_NAME &&
    (flags & SURNAME) === 0 &&
    personNameBefore(ctx, near, start)
  ) {
    return REJECT;
  }

  // A different first name in front: "Vassili Peskov".
  if ((flags & SURNAME) !== 0) {
    if (near.prevStart === NOT_ASKED) findNameBefore(ctx, near, start);
    let prev = near.prevStart;
    let prevEnd = near.prevEnd;
    if (prev < 0 && near.prevKbStart >= 0 && (flags & CONTEXT) !== 0) {
      // Two names that count only in context, side by side ("Jeffrey Akar,
      // MD"), are one other person. Asked only of context aliases.
      if (isContextNamePart(ctx, near.prevKbStart, near.prevKbEnd)) {
        prev = near.prevKbStart;
        prevEnd = near.prevKbEnd;
      }
    }
    if (
      prev >= 0 &&
      // "die Truppen Assads", "die Politik Putins": a German noun governs the
      // genitive read off the name; it is no given name.
      !isWordCode(text.charCodeAt(end)) &&
      !ownInitialsAt(ctx, entity, prev, prevEnd, start) &&
      !ctx.hasWordAt(entity, text, prev, prevEnd) &&
      (prevEnd - prev < NEAR_SPELLING_MIN ||
        !ctx.hasWordSpelledLike(entity, text, prev, prevEnd)) &&
      !headlineCompoundBefore(ctx, near, prev, start)
    ) {
      // In a title-case or ALL-CAPS line the word before may be capitalised
      // by style ("Erdogan Gives Assad Deadline"): no evidence beyond this span.
      const style = (near.style ??= lineStyle(text, start, ctx.lines));
      // "Dr. Oleg Peskov, DMD, MSc" on a name card is a person, title case or
      // not; so is "Burak Erdoğan as Cem" in a cast list.
      if (
        (style.titleCase || style.allCaps) &&
        !afterHonorific(text, prev) &&
        !castEntryAt(text, end)
      ) {
        return REJECT;
      }
      // "Not to be confused with the economist Hüseyin Akar": named only to
      // be set apart, that span is someone else, and the page is not theirs.
      return confusedWithBefore(text, prev) ? REJECT : namesake;
    }
    // "Peskov, Andrei | Masters" in a list written surname first: someone
    // else's first name after the comma.
    if (givenNameAfterComma(ctx, start, end, entity)) return namesake;
    // "Aktürkoğlu (Akar 84)", "Akar 7": a player in a line-up or a box
    // score. Asked of surnames that count only in context.
    if ((flags & CONTEXT) !== 0 && smallNumberAfter(text, end)) return REJECT;
    const initial = initialBefore(text, start);
    if (initial !== null) {
      // A middle initial after the entity's own first name is fine: "Dmitry S. Peskov".
      const first = wordBefore(text, initial.at);
      if (
        !ctx.hasWordStartingWith(entity, initial.letter) &&
        // "M. Erdogan a déclaré": Monsieur, on a French page.
        !(initial.letter === 'm' && ctx.writesFrench())
      ) {
        if (!first || !ctx.hasWord(entity, first.folded)) return namesake;
      } else if (
        first !== null &&
        startsUpper(text, first.start) &&
        nameKind(ctx, first.start, first.end) === NAME_LIKE &&
        !ctx.hasWord(entity, first.folded)
      ) {
        // "Lisa M. Pompeo": someone else's given name before the initial.
        return namesake;
      }
    }
    // "Akar, S. (2018)" in a reference list: someone else's initial.
    const initialAfterComma = initialAfter(text, end);
    if (initialAfterComma !== '' && !ctx.hasOwnInitial(entity, a, initialAfterComma)) {
      return namesake;
    }
    // "survived by a son, Jeffrey": a relative's first name, so a namesake.
    // Only asked of surnames common enough to count only in context (and
    // so judged only on pages that name a related entity).
    if ((flags & CONTEXT_WORD) === CONTEXT_WORD && near.prevStart < 0 && kinBefore(text, start)) {
      return namesake;
    }
  }

  // "Goldberg, Jeffrey, “The Obama Doctrine”": the given name of someone
  // else's inverted entry in a reference list.
  if (
    (flags & SINGLE_WORD) !== 0 &&
    (flags & NAME_PART) !== 0 &&
    givenNameOfEntry(ctx, start, end)
  ) {
    return REJECT;
  }

  // A name part followed by a foreign capitalised word: "Jeffrey Epstein".
  // Not after a genitive ("Peskows Sohn", "Putins Krieg": German capitalises
  // the noun a name possesses).
  if ((flags & NAME_PART) !== 0 && !isWordCode(text.charCodeAt(end))) {
    if (near.nextStart === NOT_ASKED) findNameAfter(ctx, near, end);
    let next = near.nextStart;
    let nextEnd = near.nextEnd;
    if (next < 0 && near.nextKbStart >= 0 && (flags & CONTEXT) !== 0) {
      if (isContextNamePart(ctx, near.nextKbStart, near.nextKbEnd)) {
        next = near.nextKbStart;
        nextEnd = near.nextKbEnd;
      }
    }
    if (next >= 0 && !ctx.hasWordAt(entity, text, next, nextEnd)) {
      const style = (near.style ??= lineStyle(text, start, ctx.lines));
      const headline =
        style.titleCase ||
        style.allCaps ||
        (isAllCaps(text, start, end) && isAllCaps(text, next, nextEnd)) ||
        titleFragmentAt(text, start);
      // In a title-case line the next word may be capitalised by style
      // ("Jeffrey Warns Turkey"), but not when it closes an entry: "Jeffrey
      // Sanders, Peer Advisor", "Pompeo Meets Jeffrey Feltman", "Israel
      // Okonkwo · 12" in a roster. That is evidence against a common name
      // or a place only: "Putin and Erdogan Talk" ends a headline with a
      // verb, not a surname.
      // "Israel J Hernandez, Egypt T Harris": the entry closes after the
      // surname that follows an initial.
      let entryEnd = nextEnd;
      if (nextEnd - next === 1) entryEnd = wordAfter(text, nextEnd)?.end ?? nextEnd;
      // "Review: Jeffrey Wright Is Mesmerizing", "Israel Katz Threatens
      // Houthi Leaders": a name that counts only in context, or a place named
      // like a given name, then a capitalised word and a verb, is someone's
      // full name.
      if (
        !headline ||
        ((flags & COMMON_OR_PLACE) !== 0 && closesEntry(text, entryEnd)) ||
        castEntryAt(text, entryEnd) ||
        (((flags & CONTEXT) !== 0 || (flags & PLACE_GIVEN_NAME) === PLACE_GIVEN_NAME) &&
          verbAfter(text, entryEnd))
      ) {
        near.givenNameUse = true;
        return namesake;
      }
    }
  }

  // A common word capitalised only by its position says nothing: "Turkey is
  // best brined." Nor does a surname that is also a noun (one hash probe)
  // when the page writes it in lower case too: "Macron marks sit over a
  // vowel" on a page about "the macron" (asked last: one page search).
  const common = (flags & COMMON_WORD) !== 0;
  const noun =
    !common && (flags & SURNAME_WORD) === SURNAME_WORD && isNounSurname(text, start, end);
  if (common || noun) {
    const sentenceStart = isSentenceStart(text, start);
    let positional = sentenceStart;
    if (!positional) {
      const style = (near.style ??= lineStyle(text, start, ctx.lines));
      positional = style.titleCase || style.allCaps || isAllCaps(text, start, end);
    }
    // A common word inside a short heading ("The Turkey") or before another
    // capitalised word ("Our free Turkey Template") is capitalised by a
    // name or a heading, not because it is the country.
    if (!positional && common) {
      if (near.nextStart === NOT_ASKED) findNameAfter(ctx, near, end);
      positional = near.nextStart >= 0 || inShortLine(ctx, start, end);
    }
    if (positional && (common || ctx.usesLowerCase(a))) {
      // "Turkey's central bank": a state's possession says which one it is.
      // "Turkey vows retaliation", "Turkey warns Syria": a bird does not speak.
      if (common && (countryNounAfter(text, end) || statementVerbAfter(text, end))) return ok;
      // "Turkey has said it will not…" opening a paragraph, on a page that
      // never writes "turkey": nothing says it is the bird either, so a
      // related name anywhere on the page will do. Not before another
      // capitalised word ("Turkey Trot registration opens"), nor in capitals,
      // nor a possession that is not a state's ("Turkey's skin crisps").
      if (
        common &&
        sentenceStart &&
        !pageText.isApostropheCode(text.charCodeAt(end)) &&
        !isAllCaps(text, start, end)
      ) {
        if (near.nextStart === NOT_ASKED) findNameAfter(ctx, near, end);
        if (near.nextStart < 0 && !ctx.commonUsesLowerCase(a) && !kitchenWordAfter(text, end)) {
          return RELATED;
        }
      }
      // "Turkey Taco Bowls", "a one-pan Turkey Chili": a dish.
      if (common && kitchenWordNext(text, end)) return REJECT;
      return WEAK;
    }
  }
  // "Michael R. Pompeo (1921–1999)": a namesake who has died, that span
  // only (one with another first name was judged above, for the page).
  if (deceasedBearer(t, text, end, entity)) return REJECT;
  // A place the page also writes in lower case ("istanbul-lib-instrument",
  // the npm package of the code-coverage tool Istanbul) names a product
  // there: it counts only with a related name near it.
  // (A case-sensitive name, "US", tells its lower-case form apart already; a
  // name in another language, "Siria", is its own adjective in lower case.)
  if (
    ok === OK &&
    !common &&
    (flags & (PLACE_WORD | CASE_SENSITIVE | EXONYM)) === PLACE_WORD &&
    ctx.placeUsesLowerCase(a)
  ) {
    return WEAK;
  }
  return ok;
}

/** Words of the kitchen and the table, folded: "Turkey or goose?", "Pull the bird". */
const KITCHEN_WORDS = new HashedWordSet(
  new Set(
    `bird birds goose roast roasted roasting oven brine brined brining gravy stuffing carve
    carving baste basting thaw thawing recipe recipes leftovers drumstick drumsticks giblets
    poultry chicken ham thanksgiving christmas taco tacos chili burger burgers meatball meatballs
    sandwich sandwiches soup stew casserole breast wings sausage sausages bacon meatloaf sliders
    wrap wraps salad lasagna`.split(/\s+/),
  ),
);

/** True if the word right after `end` is a {@link KITCHEN_WORDS} word. */
function kitchenWordNext(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  return (
    next !== null &&
    KITCHEN_WORDS.hasSpan(text, next.start, next.end, foldedWordHash(text, next.start, next.end))
  );
}

/** How far after a sentence-opening common word {@link kitchenWordAfter} reads. */
const KITCHEN_REACH = 240;

/**
 * True if a {@link KITCHEN_WORDS} word follows `end` on its line, within
 * {@link KITCHEN_REACH} characters: the common word is then the food.
 */
function kitchenWordAfter(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + KITCHEN_REACH);
  let i = end;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    if (KITCHEN_WORDS.hasSpan(text, i, j, foldedWordHash(text, i, j))) return true;
    i = j;
  }
  return false;
}

/**
 * Whether a name read off a capitalised word ending in "s" with no
 * apostrophe after it (`end` is at the "s") is that name's genitive: a
 * person's surname or full name ("Putins Kalkül", "Wladimir Putins"), or a
 * name in another language ("Russlands"). Not a one-word name in English,
 * where the "s" makes another word: "Frances" is a given name, "Kremlins"
 * the citadels of other cities. ("Erdogans'", with the apostrophe, is a
 * plural possessive: any name.)
 */
export function genitiveOk(text: string, start: number, end: number, flags: number): boolean {
  if (pageText.isApostropheCode(text.charCodeAt(end + 1))) return true;
  // "the Assads", "The dissident Assads": an English plural, a family.
  const before = wordBefore(text, start);
  if (before !== null && before.folded === 'the') return false;
  if (before !== null && !startsUpper(text, before.start)) {
    const article = wordBefore(text, before.start);
    if (article !== null && article.folded === 'the') return false;
  }
  if ((flags & EXONYM) !== 0) {
    // "Russlands", "Moskaus", "Syriens"; not "Damascos" (Spanish apricots):
    // after a, e or o the "s" makes a Spanish or Italian plural.
    const last = FOLD[text.charCodeAt(end - 1)];
    return last !== 97 && last !== 101 && last !== 111;
  }
  if ((flags & PLACE) !== 0) return false;
  return (flags & (SURNAME | SINGLE_WORD)) !== SINGLE_WORD;
}

/**
 * Where a number of one to three digits that follows `end` after one space
 * ends (with a business route's letter, if `letter`: "58A"), or -1 if none
 * does or it is a measure ("10-year", "10%", "2.5", "10,000").
 */
function smallNumberEnd(text: string, end: number, letter: boolean): number {
  if (text.charCodeAt(end) !== 32 || !isDigitCode(text.charCodeAt(end + 1))) return -1;
  let i = end + 1;
  while (i <= end + 3 && isDigitCode(text.charCodeAt(i))) i++;
  if (letter && UPPER[text.charCodeAt(i)] === 1 && !isWordCode(text.charCodeAt(i + 1))) i++;
  if (isWordCode(text.charCodeAt(i))) return -1;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 0x2010 || c === 0x2011 || c === 37) return -1;
  return (c === 46 || c === 44) && isDigitCode(text.charCodeAt(i + 1)) ? -1 : i;
}

/**
 * True if text[prev, prevEnd) is one to three capitals without dots that
 * are the initials of the entity's other names, as a citation index writes
 * authors: "E Ersen", "RT Erdoğan", "VV Putin" (the surname text[start, end)
 * is not its own initial: "P Putin" is someone else).
 */
function ownInitialsAt(
  ctx: RuleContext,
  entity: number,
  prev: number,
  prevEnd: number,
  start: number,
): boolean {
  const { text } = ctx;
  if (prevEnd - prev > 3 || text.charCodeAt(prevEnd) === 46) return false;
  const surname = wordStartingAt(text, start).folded;
  for (let i = prev; i < prevEnd; i++) {
    if (UPPER[text.charCodeAt(i)] !== 1) return false;
    const letter = String.fromCharCode(FOLD[text.charCodeAt(i)]!);
    if (!ctx.hasWordStartingWith(entity, letter, surname)) return false;
  }
  return true;
}

/** Fewest capitalised words {@link titleFragmentAt} takes for a title. */
const TITLE_FRAGMENT_WORDS = 3;
/** Longest stretch {@link titleFragmentAt} reads each way. */
const TITLE_FRAGMENT_REACH = 80;

/** True if text[i] ends a title fragment: a separator, a sentence end, a line break. */
function fragmentEdge(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isSeparatorCode(c)) return true;
  // . ? ! : ending a sentence or a label, not inside "U.S." or "3.5".
  if (c === 46 || c === 63 || c === 33 || c === 58) return isBlankOrEdge(text, i + 1);
  return isLineBreakAt(text, i);
}

/** | · • – — */
function isSeparatorCode(c: number): boolean {
  return c === 124 || c === 0xb7 || c === 0x2022 || c === 0x2013 || c === 0x2014;
}

/** True if the lower-case word at `i` is one headline style keeps in lower case ("of", "the"). */
function joinerAt(text: string, i: number): boolean {
  return pageText.isTitleCaseJoiner(text, i, wordStartingAt(text, i).end);
}

/**
 * True if the name at `start` sits in a run of three or more capitalised
 * words (joined by "of", "the"…) between a separator or sentence end and the
 * next, inside a line of prose: a title set into running text ("Erdogan is
 * 173 cm. Erdogan Net Worth | Putin Net Worth"), capitalised by style like
 * a headline; or opening a line, set off from its source by a separator
 * ("The Fall of Assad Explained — Geo Atlas · 6.1M views").
 */
function titleFragmentAt(text: string, start: number): boolean {
  // Back to the fragment's start, over capitalised words only: most names
  // this is asked of follow a lower-case word, and stop there.
  let a = start;
  let joined = false;
  while (a > 0 && !fragmentEdge(text, a - 1)) {
    if (start - a >= TITLE_FRAGMENT_REACH) return false;
    a--;
    if (isWordCode(text.charCodeAt(a)) && !isWordCode(text.charCodeAt(a - 1))) {
      if (UPPER[text.charCodeAt(a)] !== 1) {
        if (!joinerAt(text, a)) return false;
        joined = true;
      }
    }
  }
  // A line that opens with capitals is judged whole ("Coach Ersen Kaya: “We
  // will fight”" is prose), unless a separator sets a title off. Joining
  // words only there: in a line of prose "Produced by Jeffrey Tan." is a
  // sentence.
  const opensLine = a === 0 || isLineBreakAt(text, a - 1);
  if (joined && !opensLine) return false;
  let words = 0;
  for (let i = a; i < text.length; i++) {
    if (i - start >= TITLE_FRAGMENT_REACH) return false;
    if (fragmentEdge(text, i)) {
      if (opensLine && !isSeparatorCode(text.charCodeAt(i))) return false;
      return words >= TITLE_FRAGMENT_WORDS;
    }
    // The first letter of each word must be a capital, but for joining words.
    if (!isWordCode(text.charCodeAt(i)) || (i > a && isWordCode(text.charCodeAt(i - 1)))) continue;
    if (UPPER[text.charCodeAt(i)] !== 1) {
      if (opensLine && joinerAt(text, i)) continue;
      return false;
    }
    words++;
  }
  return !opensLine && words >= TITLE_FRAGMENT_WORDS;
}

/** A place that is also a given name ("Israel", "Egypt"). */
const PLACE_GIVEN_NAME = AliasFlag.Place | AliasFlag.GivenName;

/** Words that address someone by name: "Thanks, Israel", "Dear Egypt". */
const GREETINGS: ReadonlySet<string> = new Set(['thanks', 'hi', 'hey', 'hello', 'dear']);

/** True if a {@link GREETINGS} word, with or without a comma, directly precedes `start`. */
function greetingBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (text.charCodeAt(i) !== 32) return false;
  i--;
  if (text.charCodeAt(i) === 44) i--;
  if (i < 0 || !isWordCode(text.charCodeAt(i))) return false;
  return GREETINGS.has(wordEndingAt(text, i + 1).folded);
}

/**
 * True if " as " and a capitalised word follow `end`: an actor's entry in a
 * cast list ("Erdoğan Atalay as Halil Korhan"), in title case or not.
 */
function castEntryAt(text: string, end: number): boolean {
  return (
    text.charCodeAt(end) === 32 &&
    text.charCodeAt(end + 1) === 97 &&
    text.charCodeAt(end + 2) === 115 &&
    text.charCodeAt(end + 3) === 32 &&
    UPPER[text.charCodeAt(end + 4)] === 1
  );
}

/** True if "Jr." or "Sr." follows `end` (after a space or a comma): another generation's bearer. */
export function generationAfter(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 44) i++;
  if (text.charCodeAt(i) !== 32) return false;
  const c = text.charCodeAt(i + 1);
  return (
    (c === 74 || c === 83) && text.charCodeAt(i + 2) === 114 && !isWordCode(text.charCodeAt(i + 3))
  );
}

/** Words after ", 81," that make it a local notice's age: "of Rices Landing", "died Monday". */
const RESIDENT_CUES = new Set(['died', 'passed', 'formerly']);

/**
 * True if what follows a common name makes it someone other than the KB's
 * public figure: a resident's age ({@link residentAgeAfter}), a life that
 * ended long ago ({@link lifeDatesAfter}) or began long ago ({@link earlyBirthAfter}).
 */
export function anotherPersonAfter(text: string, end: number): boolean {
  return residentAgeAfter(text, end) || lifeDatesAfter(text, end) || earlyBirthAfter(text, end);
}

/**
 * True if a person's name ending at `end` (entity `e`) is followed by a life
 * that has ended ("Michael Pompeo (1889–1962) came from Caserta") or began
 * long ago ("James Jeffrey b. abt 1842"). The KB's people are living public
 * figures; a namesake's span only. Two reads for most names.
 */
export function deceasedBearer(t: MatcherTables, text: string, end: number, e: number): boolean {
  const c = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  return (
    (((c === 40 || next === 40) && lifeDatesAfter(text, end)) ||
      ((next === 98 || text.charCodeAt(end + 2) === 98) && earlyBirthAfter(text, end))) &&
    isPerson(t, e)
  );
}

/** Born before this year: no living public figure ("James Jeffrey b. abt 1842"). */
const EARLY_BIRTH_BEFORE = 1920;
/** Words of an approximate date in a genealogy's "b. abt 1842", folded. */
const ABOUT_WORDS: ReadonlySet<string> = new Set([
  'abt',
  'about',
  'c',
  'ca',
  'circa',
  'bef',
  'aft',
]);

/**
 * True if a genealogy's birth note follows `end`, with a year long past:
 * "James Jeffrey b. abt 1842", "James JEFFREY, b. 1842".
 */
function earlyBirthAfter(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 44) i++;
  if (text.charCodeAt(i) !== 32 || text.charCodeAt(i + 1) !== 98 || text.charCodeAt(i + 2) !== 46) {
    return false;
  }
  i += 3;
  while (text.charCodeAt(i) === 32) i++;
  const about = wordAfter(text, i - 1);
  if (about !== null && ABOUT_WORDS.has(about.folded)) {
    i = about.end;
    if (text.charCodeAt(i) === 46) i++;
    while (text.charCodeAt(i) === 32) i++;
  }
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const d = text.charCodeAt(i + k);
    if (!isDigitCode(d)) return false;
    year = year * 10 + d - 48;
  }
  return !isDigitCode(text.charCodeAt(i + 4)) && year < EARLY_BIRTH_BEFORE;
}

/**
 * True if life dates in brackets follow `end`: "James Jeffrey (1798–1866)
 * was a weaver", a genealogy's or an encyclopedia's namesake who has died.
 */
function lifeDatesAfter(text: string, end: number): boolean {
  const open = text.charCodeAt(end) === 32 ? end + 1 : end;
  if (text.charCodeAt(open) !== 40) return false;
  const born = open + 1;
  for (let i = born; i < born + 4; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  const dash = text.charCodeAt(born + 4);
  if (dash !== 45 && dash !== 0x2013 && dash !== 0x2014) return false;
  const died = born + 5;
  for (let i = died; i < died + 4; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return text.charCodeAt(died + 4) === 41;
}

/**
 * True if text[end…] is ", <age>, " and then "of" and a capitalised word,
 * or a word of {@link RESIDENT_CUES}: the age of someone in an obituary or
 * a local report ("James Jeffrey, 81, of Rices Landing"). Not ", 74, who
 * served as envoy", which news writes of public figures too.
 */
function residentAgeAfter(text: string, end: number): boolean {
  const i = ageCommaAt(text, end);
  if (i < 0) return false;
  const cue = wordAfter(text, i + 1);
  if (cue === null) return false;
  if (cue.folded === 'of') {
    const place = wordAfter(text, cue.end);
    return place !== null && startsUpper(text, place.start);
  }
  return RESIDENT_CUES.has(cue.folded);
}

/** True if ", 82, " and a lower-case word follow `end`: a person's age in a news line. */
function ageAfter(text: string, end: number): boolean {
  const i = ageCommaAt(text, end);
  if (i < 0) return false;
  const next = wordAfter(text, i + 1);
  return next !== null && LOWER[text.charCodeAt(next.start)] === 1;
}

/** If ", " and one to three digits and "," follow `end` (", 81,"), where that last comma is; else -1. */
function ageCommaAt(text: string, end: number): number {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return -1;
  let i = end + 2;
  const digits = i;
  while (i < digits + 4 && isDigitCode(text.charCodeAt(i))) i++;
  return i === digits || i - digits > 3 || text.charCodeAt(i) !== 44 ? -1 : i;
}

/**
 * True if a minute or a shirt number follows `end` ("Akar 84", "Jeffrey
 * 12"), or a player's tally in brackets, as box scores write it ("Akar (5)").
 */
function smallNumberAfter(text: string, end: number): boolean {
  if (smallNumberEnd(text, end, false) >= 0) return true;
  const open = text.charCodeAt(end) === 32 ? end + 1 : end;
  if (text.charCodeAt(open) !== 40 || !isDigitCode(text.charCodeAt(open + 1))) return false;
  const close = isDigitCode(text.charCodeAt(open + 2)) ? open + 3 : open + 2;
  return text.charCodeAt(close) === 41;
}

/**
 * True if a route number follows `end`, and no capitalised word after it
 * ("US 58", "(US 421) to", "US 58A"; not "US 10 Yr", a ticker).
 */
function routeNumberAfter(text: string, end: number): boolean {
  const i = smallNumberEnd(text, end, true);
  if (i < 0) return false;
  const next = wordAfter(text, i);
  return next === null || !startsUpper(text, next.start);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Longest line counted as a heading or a list item by {@link inShortLine}. */
const SHORT_LINE = 40;

/**
 * True if text[start, end) sits in a heading or a list item: a line of at
 * most {@link SHORT_LINE} characters that does not end like a sentence.
 */
function inShortLine(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  const a = lineStartWithin(text, start, SHORT_LINE);
  let b = end;
  while (b < text.length && b - a <= SHORT_LINE && !isLineBreakAt(text, b)) b++;
  if (b - a > SHORT_LINE) return false;
  let last = b - 1;
  while (last > end && isBlank(text, last)) last--;
  const c = text.charCodeAt(last);
  return c !== 46 && c !== 33 && c !== 63;
}

/**
 * True if the text after `end` (past spaces) ends a list entry or a line: a
 * comma or semicolon, an opening bracket, a separator bar or dot, a line
 * break, the end.
 */
function closesEntry(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isBlank(text, i)) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c === 44 || c === 59 || c === 40 || c === 124 || c === 0xb7) return true;
  return isLineBreakAt(text, i);
}

/**
 * True if one of alias `a`'s declared `notBefore` lists precedes `start`
 * ("Hafez al-Assad", "Bassel al-Assad"): the KB's own account of a
 * namesake, who is family or a thing, not another bearer of the surname.
 */
export function declaredBefore(ctx: RuleContext, a: number, start: number): boolean {
  const before = ctx.t.notBefore[a];
  return (
    before !== undefined && notBeforeMatch(ctx.text, start, before, ctx.t.notBeforeHint[a]) !== null
  );
}

/** Words {@link relativeNamed} looks back over for a family word. */
const RELATIVE_WORDS = 4;
/** Family words, and the words that introduce a spouse ("first lady Emine Erdogan"). */
const RELATIVES = new HashedWordSet(
  new Set([
    ...wordLists.KIN_WORDS,
    'lady',
    'spouse',
    'widow',
    'widower',
    'grandfather',
    'grandmother',
    'relative',
    'relatives',
  ]),
);

/**
 * True if a family word is among the few words before the name ending at
 * `start` (its given name and the phrase before it): "Assad's brother Maher
 * al-Assad", "his father Hafez al-Assad", "first lady Emine Erdogan".
 */
export function relativeNamed(text: string, start: number): boolean {
  // The words `wordsAround(text, start, RELATIVE_WORDS, true, true)` reads,
  // walked in place: this is asked of every namesake on a page, and building
  // the words cost more than the rest of the namesake rules.
  let i = start - 1;
  if (i > 0 && pageText.isApostropheCode(text.charCodeAt(i))) i--;
  for (let words = 0; words < RELATIVE_WORDS; words++) {
    while (i >= 0) {
      const c = text.charCodeAt(i);
      const k = classOf(c);
      if (
        k === SPACE ||
        k === IGNORABLE ||
        SOFT_PUNCT.includes(text[i]!) ||
        (words > 0 && c === 46) ||
        isJoiningHyphen(text, i)
      ) {
        i--;
      } else break;
    }
    // The words before run out (a line's start, a quotation mark): the
    // family word may still come after the name.
    if (i < 0 || !isWordCode(text.charCodeAt(i))) break;
    // As wordEndingAt: back over word and ignorable characters.
    const end = i + 1;
    let from = i;
    for (i--; i >= 0; i--) {
      const k = classOf(text.charCodeAt(i));
      if (k === WORD) from = i;
      else if (k !== IGNORABLE) break;
    }
    if (RELATIVES.hasSpan(text, from, end, foldedWordHash(text, from, end))) return true;
    i = from - 1;
  }
  return kinAfter(text, start);
}

/** Family words before "of" that introduce a name as someone's relative ("the elder daughter of Sergei Shoigu"). */
const KIN_OF_WORDS: ReadonlySet<string> = new Set([
  ...wordLists.KIN_WORDS,
  'widow',
  'widower',
  'child',
  'children',
  'grandchild',
  'grandchildren',
  'spouse',
  'stepfather',
  'stepmother',
]);

/**
 * Where the phrase that disowns the name at `start` begins, or -1: "no
 * relation to", "not related to", "unrelated to", "not to be confused
 * with" ("Peskov – no relation to Dmitry Peskov, the Kremlin press
 * secretary").
 */
export function disclaimerStart(text: string, start: number): number {
  const last = wordBefore(text, start);
  if (last === null || (last.folded !== 'to' && last.folded !== 'with')) return -1;
  const w = wordsAround(text, last.start, 4, true);
  const a = w[0]?.folded;
  const b = w[1]?.folded;
  if (last.folded === 'to') {
    if (a === 'unrelated') return w[0]!.start;
    if ((a === 'relation' && b === 'no') || (a === 'related' && b === 'not')) return w[1]!.start;
    return -1;
  }
  return a === 'confused' && b === 'be' && w[2]?.folded === 'to' && w[3]?.folded === 'not'
    ? w[3].start
    : -1;
}

/**
 * True if the name ending at `end` disowns the public figure of that name
 * itself: "Dmitry Peskov (no relation to the Kremlin spokesman)".
 */
export function disclaimerAfter(text: string, end: number): boolean {
  let j = end;
  // Up to three characters of punctuation and space: " (", ", ", " – ".
  while (j < end + 3 && j < text.length && !isWordCode(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if ((c !== 110 && c !== 78) || j === end || text.charCodeAt(j + 1) !== 111) return false;
  // Not a bare "no relation": "Hulusi Akar — no relation, I always have to
  // say that" is a namesake disowning the public figure named before.
  const rest = text.slice(j, j + 18).toLowerCase();
  return rest.startsWith('no relation to') || rest.startsWith('not to be confused');
}

/**
 * True if the name text[start, end) is named in passing, beside the person
 * the sentence is about, who bears its surname: as that person's relative
 * ("Shoigu, 28, is the elder daughter of Sergei Shoigu") or disowned by them
 * ("Peskov – no relation to Dmitry Peskov"). Such a full name does not make
 * its entity the bearer of the surname named last. Not a line of its own
 * ("Son of Dmitry Sergeyevich Peskov" in a sanctions list's column).
 */
export function namedInPassing(text: string, start: number, end: number): boolean {
  const of = wordBefore(text, start);
  if (of === null) return false;
  if (of.folded === 'of') {
    const kin = wordBefore(text, of.start);
    return (
      kin !== null && KIN_OF_WORDS.has(kin.folded) && bearerBefore(text, kin.start, start, end)
    );
  }
  return disowningPhraseBefore(text, start, end);
}

/**
 * True if a disowning phrase comes before the name text[start, end) and the
 * namesake it speaks for is named right before the phrase ("Peskov – no
 * relation to Dmitry Peskov"). Asked of every mention a page keeps: the
 * phrases end in "to " or "with ", and two reads rule out most names.
 */
export function disownedBefore(text: string, start: number, end: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 3) !== 116) {
    return false;
  }
  const c = text.charCodeAt(start - 2);
  return (
    (c === 111 /* "to " */ || c === 104) /* "with " */ && disowningPhraseBefore(text, start, end)
  );
}

/** {@link disownedBefore} without its first reads. */
function disowningPhraseBefore(text: string, start: number, end: number): boolean {
  const cue = disclaimerStart(text, start);
  return cue >= 0 && bearerRightBefore(text, cue, start, end);
}

/**
 * True if the last word of the name text[start, end) ends right before
 * `cue`, a few characters of punctuation and space between: "Peskov – no
 * relation to Dmitry Peskov", "Smith (no relation to". Not "Erdogan said
 * the strike bears no relation to Erdogan's visit".
 */
function bearerRightBefore(text: string, cue: number, start: number, end: number): boolean {
  const from = wordStartBefore(text, end, start);
  let k = cue;
  while (k > cue - 4 && k > 0 && !isWordCode(text.charCodeAt(k - 1))) k--;
  if (k === cue) return false;
  const at = k - (end - from);
  return (
    at >= 0 && !isWordCode(text.charCodeAt(at - 1)) && text.startsWith(text.slice(from, end), at)
  );
}

/** How far back in its line {@link bearerBefore} looks for the other bearer. */
const BEARER_REACH = 100;

/**
 * True if the last word of the name text[start, end) (its surname) is
 * written in the same line within {@link BEARER_REACH} characters before
 * `cue`: "Shoigu, 28, is the elder daughter of Sergei Shoigu".
 */
function bearerBefore(text: string, cue: number, start: number, end: number): boolean {
  const from = wordStartBefore(text, end, start);
  const at = text.lastIndexOf(text.slice(from, end), cue - 1);
  if (at < 0 || at < cue - BEARER_REACH) return false;
  for (let i = at; i < cue; i++) if (isLineBreakAt(text, i)) return false;
  return true;
}

/** Words {@link kinAfter} reads after the comma. */
const KIN_AFTER_WORDS = 5;

/**
 * True if, after the surname at `start`, a comma opens a phrase that names
 * a family tie within {@link KIN_AFTER_WORDS} words: "Bilal Erdoğan, the
 * president's younger son", "Nikolai Peskov, his eldest son".
 */
function kinAfter(text: string, start: number): boolean {
  let i = start;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 44) return false;
  for (let words = 0; words < KIN_AFTER_WORDS; words++) {
    while (i < text.length && !isWordCode(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      // The phrase ends at a sentence's or a clause's end.
      if (c === 46 || c === 59 || c === 33 || c === 63 || isLineBreakAt(text, i)) return false;
      i++;
    }
    const from = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (i === from) return false;
    if (RELATIVES.hasSpan(text, from, i, foldedWordHash(text, from, i))) return true;
  }
  return false;
}

/**
 * True if the word before `start`, across a comma, is a family word
 * ({@link KIN_WORDS}). Most surnames follow a capitalised word, a title or
 * punctuation: one character read clears them.
 */
function kinBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  if (i >= 0 && text.charCodeAt(i) === 44) i--;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  // A family word ends in one of "dehnrstw"; then one hash probe, no word built.
  if (i < 0) return false;
  const last = FOLD[text.charCodeAt(i)]!;
  if (last < 97 || last > 122 || (KIN_LAST_LETTERS & (1 << (last - 97))) === 0) return false;
  let from = i;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  return KIN_WORDS.hasSpan(text, from, i + 1, foldedWordHash(text, from, i + 1));
}

/**
 * True if words only a country takes follow `end`: a state's possession
 * ("Turkey's central bank") or a national team's role, in lower case
 * ("Turkey coach Vincenzo Montella", "the Turkey international").
 */
export function countryNounAfter(text: string, end: number): boolean {
  return stateNounAfter(text, end) || teamNounAfter(text, end);
}

/** Verbs of a state's statements and threats, folded: only a country, not a bird, takes them. */
const STATEMENT_VERBS = new HashedWordSet(
  new Set(
    `says said vows vowed warns warned urges urged threatens threatened accuses accused denies
    denied demands demanded condemns condemned rejects rejected slams slammed blames blamed
    insists insisted invokes invoked pledges pledged retaliates retaliated summons summoned
    deploys deployed`.split(/\s+/),
  ),
);

/** True if a {@link STATEMENT_VERBS} verb is the word after `end` ("Turkey vows"). */
function statementVerbAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let j = end + 1;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  return j > end + 1 && STATEMENT_VERBS.hasSpan(text, end + 1, j, foldedWordHash(text, end + 1, j));
}

/** What a state's or a body's initials stand before: "US envoy", "UN mission", "UN Sec-Gen". */
const OFFICIAL_WORDS = new HashedWordSet(
  new Set([
    ...STATE_NOUNS,
    ...`envoy envoys official officials forces troops administration sanctions secretary
    senator senators congress diplomat diplomats intelligence representative special security
    spokesman spokeswoman mission missions chief agency agencies peacekeepers peacekeeping
    resolution resolutions monitors investigators observers convoy convoys humanitarian
    mediator aid sec`.split(/\s+/),
  ]),
);

/**
 * True if an official's or a state's word follows `end` after one space, not
 * in capitals: "US envoy James Jeffrey", "US President", "UN officials".
 */
export function officialWordAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !isWordCode(text.charCodeAt(end + 1))) return false;
  let j = end + 1;
  let lower = false;
  while (j < text.length && isWordCode(text.charCodeAt(j))) {
    if (UPPER[text.charCodeAt(j)] !== 1 && j > end + 1) lower = true;
    j++;
  }
  return lower && OFFICIAL_WORDS.hasSpan(text, end + 1, j, foldedWordHash(text, end + 1, j));
}

function teamNounAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const w = wordAfter(text, end);
  return w !== null && !startsUpper(text, w.start) && TEAM_NOUNS.has(w.folded);
}

/** True if text[end] opens a possessive "'s" followed by a {@link STATE_NOUNS} word. */
function stateNounAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x27 && c !== 0x2019) return false;
  if (FOLD[text.charCodeAt(end + 1)] !== 115 || isWordCode(text.charCodeAt(end + 2))) return false;
  const w = wordAfter(text, end + 2);
  return w !== null && STATE_NOUNS.has(w.folded);
}

/** True if the word text[start, end) is a surname that is also an English noun ("Macron"). */
function isNounSurname(text: string, start: number, end: number): boolean {
  return NOUN_SURNAMES.hasSpan(text, start, end, foldedWordHash(text, start, end));
}

/** The `notBefore` list that directly precedes `start`, also across a joining hyphen, or null. */
function notBeforeMatch(
  text: string,
  start: number,
  before: string[][],
  hint: QualifierHint | undefined,
): string[] | null {
  start = abbreviationDotBefore(text, start);
  if (hint !== undefined && hint.edge !== null) {
    // The nearest word must end like the last word of some list.
    const i = firstWordFrom(text, start - 1, true);
    if (i < 0 || !edgeHas(hint.edge, text, i)) return null;
  }
  const words = wordsAround(text, start, hint ? hint.maxLen : maxLen(before), true, true);
  return before.find((list) => wordsMatch(words, list, true)) ?? null;
}

/**
 * Where to look back for a qualifier from `start`: before the dot of a
 * short capitalised abbreviation right before it ("Mrs. Pompeo", "Sra.
 * Merkel"), else `start`. A qualifier never reaches back across the end of
 * a sentence ("…in Ankara. Pompeo said").
 */
function abbreviationDotBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  if (i < 2 || i === start - 1 || text.charCodeAt(i) !== 46) return start;
  let w = i;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  return i - w >= 1 && i - w <= 3 && startsUpper(text, w) ? i : start;
}

/**
 * "Turkey Point", "Turkey Creek", "Moscow Mountain", "The Moscow Times",
 * "Istanbul Grill": a capitalised landform, water, masthead or eatery word
 * right after the place names something else there (Reject, that span
 * only). So does a street or lodging word in running text ("a song about
 * Ankara Street", "rooms at the Ankara Hotel"), but not in a title-case or
 * ALL-CAPS line, where "Moscow Street Protests" is the city, unless the
 * lodging word ends the line or entry ("Grand Ankara Hotel" in a listing).
 * "Aleppo Township", "Moscow Borough": another place of the same name
 * (Contest, like "Moscow, Pa."). Ok otherwise.
 */
/**
 * True if an eatery or lodging word comes right before `start`: "Café
 * Moscú", "el bar Estambul". Asked of every place judged: one hash, no string.
 */
function eateryBefore(text: string, start: number): boolean {
  const end = start - 1;
  if (text.charCodeAt(end) !== 32) return false;
  let from = end;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  // Each of the words starts with b, c, h, p, r or t and has 3 to 11 letters:
  // most words before a place ("in", "the", "of") end here.
  const n = end - from;
  if (n < 3 || n > 11 || !EATERY_INITIALS.has(FOLD[text.charCodeAt(from)]!)) return false;
  return EATERY_BEFORE.hasSpan(text, from, end, foldedWordHash(text, from, end));
}

/** First letters (folded codes) of {@link wordLists.EATERY_WORDS_BEFORE}. */
const EATERY_INITIALS = new Set([...wordLists.EATERY_WORDS_BEFORE].map((w) => w.charCodeAt(0)));

function featureAfter(ctx: RuleContext, near: Near, start: number, end: number): VerdictValue {
  const { text } = ctx;
  // Most places are followed by punctuation or a lower-case word: two reads.
  if (end + 1 >= text.length || text.charCodeAt(end) !== 32) return OK;
  if (UPPER[text.charCodeAt(end + 1)] !== 1) {
    // "Garrett, Allegany, Washington counties": a list of local units (c, t,
    // b, p: most lower-case words after a place are judged on one read).
    const c = text.charCodeAt(end + 1);
    return (c === 99 || c === 116 || c === 98 || c === 112) && localUnitsAfter(text, end)
      ? REJECT
      : OK;
  }
  const w = wordAfter(text, end);
  // Not "Turkey Run-Off Vote": the word is then part of another one.
  if (w === null || isJoiningHyphen(text, w.end) || !startsUpper(text, w.start)) return OK;
  const folded = w.folded;
  if (GEO_FEATURES.has(folded) || MASTHEAD_WORDS.has(folded) || EATERY_WORDS.has(folded)) {
    return REJECT;
  }
  // "Ankara University", "Istanbul Technical University": the school, not
  // the city, in any line. "Ankara City Hospital", "the Aleppo National
  // Museum" in prose ("Idlib Hospital Hit" in a headline is the city's).
  const institution = institutionAfter(text, w);
  if (institution === SCHOOL) return REJECT;
  if (institution === VENUE) {
    const style = (near.style ??= lineStyle(text, start, ctx.lines));
    return style.titleCase || style.allCaps ? OK : REJECT;
  }
  const business = LODGING_WORDS.has(folded) || COMPANY_WORDS.has(folded);
  if (business && closesEntry(text, w.end)) return REJECT;
  if (STREET_WORDS.has(folded) || business) {
    // "Istanbul Street Food Tour": a capitalised word goes on, so the phrase
    // is a title, not a street's name.
    const then = wordAfter(text, w.end);
    if (then !== null && startsUpper(text, then.start) && !closesEntry(text, w.end)) return OK;
    const style = (near.style ??= lineStyle(text, start, ctx.lines));
    return style.titleCase || style.allCaps ? OK : REJECT;
  }
  return US_LOCAL_UNITS.has(folded) ? CONTEST : OK;
}

/**
 * True if a person's name ends right before `start`: an initial ("D.",
 * "Booker T.") or, in a line of prose, a capitalised word that is no title,
 * function word (sentence adverbs included: "Instead Washington chose…") or
 * KB name ("Isaiah").
 */
function personNameBefore(ctx: RuleContext, near: Near, start: number): boolean {
  const { text } = ctx;
  const initial = initialBefore(text, start);
  // Not the last letter of "U.S." or "D.C.".
  if (initial !== null && (initial.at === 0 || !isWordOrDot(text.charCodeAt(initial.at - 1)))) {
    return true;
  }
  if (near.prevStart === NOT_ASKED) findNameBefore(ctx, near, start);
  if (near.prevStart < 0) return false;
  const style = (near.style ??= lineStyle(text, start, ctx.lines));
  return !style.titleCase && !style.allCaps;
}

/** True if `c` is a word character or a full stop. */
function isWordOrDot(c: number): boolean {
  return c === 46 || isWordCode(c);
}

/** Capitalised words after a place that make it a school's name, folded. */
const SCHOOL_WORDS: ReadonlySet<string> = new Set(
  'university institute academy college conservatory polytechnic'.split(' '),
);
/**
 * Capitalised words after a place that make it a public building's, a
 * park's or a regular event's name in prose, folded: "Ankara Castle (Ankara
 * Kalesi)", "the Moscow Urban Forum". Not an airport or a racetrack ("Istanbul
 * Airport", "Sochi Autodrom"): named for the city they serve, in it or by it.
 */
const BUILDING_WORDS: ReadonlySet<string> = new Set(
  'hospital museum museums stadium arena library zoo arboretum castle kalesi forum'.split(' '),
);
/** Capitalised words an institution's name may have before its kind ("Istanbul Technical University"), folded. */
const INSTITUTION_MODIFIERS: ReadonlySet<string> = new Set(
  `technical state medical national international city archaeology archaeological
  pedagogical agricultural military naval art arts science sciences history
  historical central regional federal linguistic university urban economic`.split(/\s+/),
);
/** {@link institutionAfter}: no institution. */
const NO_INSTITUTION = 0;
/** {@link institutionAfter}: a school, whatever the line's style. */
const SCHOOL = 1;
/** {@link institutionAfter}: a venue, in prose. */
const VENUE = 2;

const ARABIC_ALIF = 0x627;
const ARABIC_YA = 0x64a;
/** The tanween of the indefinite accusative, "ً". */
const ARABIC_FATHATAN = 0x64b;
/**
 * Words ending in alif that are no indefinite noun (conjunctions and
 * adverbs): "أما تركيا فقد…" ("as for Turkey") names the country.
 */
const ARABIC_NOT_NOUNS: ReadonlySet<string> = new Set(
  `أما اما كما إنما انما بينما عندما ربما طالما لما مما فيما أيضا ايضا حاليا مؤخرا سابقا
  لاحقا رسميا أخيرا اخيرا جدا دائما أبدا ابدا غدا معا فورا تماما هنا إذا اذا`.split(/\s+/),
);

/**
 * True if text[start, end), a name in Arabic script ending in "يا" (تركيا,
 * روسيا, سوريا), is the masculine adjective in the indefinite accusative,
 * spelt the same: with its tanween ("تركياً"), or after an indefinite noun
 * in the accusative ("جنديا تركيا", "وفداً روسياً"), not after another name
 * ("تركيا روسيا"). One read for any other name.
 */
function arabicAdjectiveAt(ctx: RuleContext, start: number, end: number): boolean {
  const { text } = ctx;
  const last = text.charCodeAt(end - 1);
  if (last === ARABIC_FATHATAN) return true;
  if (last !== ARABIC_ALIF || text.charCodeAt(end - 2) !== ARABIC_YA) return false;
  if (text.charCodeAt(end) === ARABIC_FATHATAN) return true;
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0 || i === start - 1) return false;
  const wordEnd = i + 1;
  if (text.charCodeAt(i) === ARABIC_FATHATAN) i--;
  if (text.charCodeAt(i) !== ARABIC_ALIF) return false;
  const from = wordStartBefore(text, i + 1);
  const word = text.slice(from, wordEnd).replace(/\u064b/g, '');
  // "وتتهم تركيا روسيا" ("Turkey accuses Russia"): a name before is no noun.
  return (
    word.length >= 3 &&
    !ARABIC_NOT_NOUNS.has(word) &&
    !ctx.isWholeAliasHash(foldedWordHash(text, from, wordEnd))
  );
}

/** Capitalised words before "of", "for" or "on" and a place that make it a body's name, folded. */
const BODY_WORDS_BEFORE = new HashedWordSet(
  new Set(['center', 'centre', 'foundation', 'program', 'programme', 'society']),
);
/** {@link SCHOOL_WORDS}, hashed for {@link institutionBefore}. */
const SCHOOL_WORDS_BEFORE = new HashedWordSet(SCHOOL_WORDS);

/**
 * Start of the word ending at `end` (exclusive), reading back no further
 * than `floor`, or -1 if none ends there. No string is made.
 */
function wordStartBefore(text: string, end: number, floor = 0): number {
  let from = end;
  while (from > floor && isWordCode(text.charCodeAt(from - 1))) from--;
  return from === end ? -1 : from;
}

/** Start of the word that ends one space before `pos`, or -1. */
function spacedWordStart(text: string, pos: number): number {
  return pos >= 2 && text.charCodeAt(pos - 1) === 32 ? wordStartBefore(text, pos - 1) : -1;
}

/**
 * What the words before the place at `start` make of it: a school ("the
 * University of Aleppo") or another body ("Center for the Middle East",
 * "Center on the United States"), as {@link institutionAfter} answers.
 * Most places have no "of", "for" or "on" before them: a few reads.
 */
function institutionBefore(text: string, start: number): number {
  let from = spacedWordStart(text, start);
  if (from < 0) return NO_INSTITUTION;
  let end = start - 1;
  // "of the", "for the", "on the".
  if (end - from === 3 && foldsTo(text, from, end, 'the')) {
    end = from - 1;
    from = spacedWordStart(text, from);
    if (from < 0) return NO_INSTITUTION;
  }
  const n = end - from;
  if (
    !(n === 2 && (foldsTo(text, from, end, 'of') || foldsTo(text, from, end, 'on'))) &&
    !(n === 3 && foldsTo(text, from, end, 'for'))
  ) {
    return NO_INSTITUTION;
  }
  end = from - 1;
  from = spacedWordStart(text, from);
  if (from < 0 || !startsUpper(text, from)) return NO_INSTITUTION;
  const hash = foldedWordHash(text, from, end);
  if (SCHOOL_WORDS_BEFORE.hasSpan(text, from, end, hash)) return SCHOOL;
  return BODY_WORDS_BEFORE.hasSpan(text, from, end, hash) ? VENUE : NO_INSTITUTION;
}

/**
 * What the capitalised words from `w` on make of the place before them:
 * a school ("University", "Technical University", "State University") or a
 * venue ("City Hospital", "National Museum"), with at most two
 * {@link INSTITUTION_MODIFIERS} between, one space apart.
 */
function institutionAfter(text: string, w: WordAt): number {
  let word: WordAt | null = w;
  for (let k = 0; k < 3 && word !== null && startsUpper(text, word.start); k++) {
    const folded = word.folded;
    if (SCHOOL_WORDS.has(folded)) return SCHOOL;
    if (BUILDING_WORDS.has(folded)) return VENUE;
    if (!INSTITUTION_MODIFIERS.has(folded) || text.charCodeAt(word.end) !== 32) break;
    word = wordAfter(text, word.end);
  }
  return NO_INSTITUTION;
}

/** Lower-case plurals of local units after a list of places' names. */
const LOCAL_UNITS_PLURAL = new HashedWordSet(
  new Set(['counties', 'townships', 'boroughs', 'parishes']),
);

/** True if a {@link LOCAL_UNITS_PLURAL} word follows the space at `end` (no string built). */
function localUnitsAfter(text: string, end: number): boolean {
  let j = end + 1;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  return LOCAL_UNITS_PLURAL.hasSpan(text, end + 1, j, foldedWordHash(text, end + 1, j));
}

/** Most capitalised words after a name searched for a company suffix. */
const COMPANY_RUN = 3;

/**
 * True if spaces, then a capital letter, follow `end` (a page's source
 * wraps text, so a name and the next word may be several spaces apart).
 */
function capitalAfterSpaces(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let i = end + 1;
  while (i < text.length && isBlank(text, i)) i++;
  return UPPER[text.charCodeAt(i)] === 1;
}

/**
 * True if the capitalised words right after the name text[start, end), one
 * space apart, reach a company suffix ("Inc", or "AS" in capitals after a
 * word that is not) within {@link COMPANY_RUN} words, or, with `shops`, the
 * first of them is a shop's ({@link SHOP_WORDS}: "Kremlin Coffee House").
 * One hash per word serves both.
 */
function companyNamedAfter(text: string, start: number, end: number, shops: boolean): boolean {
  // Most names are followed by punctuation: one read. Then word by word, with
  // no string built: this is asked of every span judged.
  if (text.charCodeAt(end) !== 32) return false;
  let i = end;
  // The word before the one read: a legal form in capitals counts only after
  // a word that is not in capitals ("ERDOGAN WARNS DAMASCUS AS DEADLINE NEARS").
  let before = start;
  for (let k = 0; k < CAPITAL_FORM_RUN; k++) {
    while (i < text.length && isBlank(text, i)) i++;
    // "Türkiye Şişe ve Cam Fabrikaları A.Ş.": the Turkish "and" inside a name.
    if (k > 0 && text.startsWith('ve ', i)) {
      i += 3;
      while (i < text.length && isBlank(text, i)) i++;
    }
    if (UPPER[text.charCodeAt(i)] !== 1) return false;
    let j = i + 1;
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    const hash = foldedWordHash(text, i, j);
    if (k < COMPANY_RUN && COMPANY_SUFFIX_SET.hasSpan(text, i, j, hash)) return true;
    if (capitalLegalForm(text, i, j, hash) && !isAllCaps(text, before, i)) return true;
    // "the Kremlin Coffee House on Main": a shop's name (for places,
    // featureAfter decides).
    if (k === 0 && shops && SHOP_WORDS.hasSpan(text, i, j, hash)) return true;
    if (text.charCodeAt(j) !== 32) return false;
    before = i;
    i = j;
  }
  return false;
}

/** Venues a place's name is given to: "Kremlin, the … nightclub". */
const VENUE_WORDS: ReadonlySet<string> = new Set(
  `nightclub club bar pub lounge restaurant cafe diner bistro eatery hotel motel inn cinema
  boutique shop store bakery brewery`.split(/\s+/),
);
/** Most words between "the" and the venue word in {@link venueAppositiveAfter}. */
const VENUE_REACH = 4;

/**
 * True if ", the" and, within {@link VENUE_REACH} words, a venue word follow
 * `end`: "Kremlin, the Soviet-kitsch nightclub", "Sochi, the new sushi bar".
 */
function venueAppositiveAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
  const w = wordAfter(text, end + 1);
  if (w === null || w.folded !== 'the') return false;
  // Word by word across spaces and hyphens ("Soviet-kitsch"), not past other punctuation.
  let i = w.end;
  for (let k = 0; k < VENUE_REACH; k++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && !isJoiningHyphen(text, i)) return false;
    const next = wordStartingAt(text, i + 1);
    if (next.end === i + 1) return false;
    if (VENUE_WORDS.has(next.folded)) return true;
    i = next.end;
  }
  return false;
}

/** Most words after a name searched for a legal form in capitals ("Turkiye Sise ve Cam Fabrikalari AS"). */
const CAPITAL_FORM_RUN = 4;

/** True if text[i, j), hashed `hash`, is a legal form in capitals: "AS", "PJSC", "A.Ş.". */
function capitalLegalForm(text: string, i: number, j: number, hash: number): boolean {
  // Two to four capitals: most capitalised words end at their second letter.
  if (j - i > 4 || (j - i > 1 && UPPER[text.charCodeAt(i + 1)] !== 1)) return false;
  if (j - i === 1) {
    // "A.Ş." (anonim şirket), read a letter at a time.
    return (
      text.charCodeAt(i) === 65 &&
      text.charCodeAt(j) === 46 &&
      (text.charCodeAt(j + 1) === 0x15e || text.charCodeAt(j + 1) === 83)
    );
  }
  return CAPITAL_SUFFIX_SET.hasSpan(text, i, j, hash) && isAllCaps(text, i, j);
}

/** Eatery words that are no verb a headline could put after a name ("Senators Grill Pompeo"). */
const SHOP_WORDS = new HashedWordSet(
  new Set([...wordLists.EATERY_WORDS].filter((w) => w !== 'grill' && w !== 'kitchen')),
);

/** {@link wordLists.EATERY_WORDS_BEFORE}, testable on a span of page text. */
const EATERY_BEFORE = new HashedWordSet(wordLists.EATERY_WORDS_BEFORE);
/** {@link wordLists.COMPANY_SUFFIXES}, testable on a span of page text. */
const COMPANY_SUFFIX_SET = new HashedWordSet(COMPANY_SUFFIXES);
/** {@link wordLists.CAPITAL_COMPANY_SUFFIXES}, likewise. */
const CAPITAL_SUFFIX_SET = new HashedWordSet(wordLists.CAPITAL_COMPANY_SUFFIXES);

/** True if every word of a matched qualifier list is an institution word ("borsa"). */
function isInstitution(list: string[]): boolean {
  return list.every((w) => INSTITUTION_QUALIFIERS.has(w));
}

/**
 * True if text[start, end) is joined to a word by a hyphen
 * ("istanbul-lib-instrument", "nyc-istanbul") or is the only word on its
 * line.
 */
function writtenLikeProduct(text: string, start: number, end: number): boolean {
  if (isJoiningHyphen(text, end) || isJoiningHyphen(text, start - 1)) return true;
  let a = start;
  while (a > 0 && isBlank(text, a - 1)) a--;
  if (a > 0 && !isLineBreakAt(text, a - 1)) return false;
  let b = end;
  while (b < text.length && isBlank(text, b)) b++;
  return b === text.length || isLineBreakAt(text, b);
}

/** True if the word before `start` starts with a lower-case letter. */
function lowerWordBefore(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  return w !== null && LOWER[text.charCodeAt(w.start)] === 1;
}

/** True if a matched qualifier list is one word that takes an object pronoun ("follow"). */
function isPronounCue(list: string[]): boolean {
  return list.length === 1 && wordLists.PRONOUN_CUE_WORDS.has(list[0]!);
}

/** True if a matched institution list names it only when capitalised ("Bank"). */
function isProperName(list: string[]): boolean {
  return list.every((w) => PROPER_NAME_QUALIFIERS.has(w));
}

/**
 * "a cat named Ankara", "a horse nicknamed Moscow": the place's name given
 * to something else. Not after "was", "now", "city"... ("Angora was named
 * Ankara", "the city now named Istanbul"), nor with no word before the
 * verb, nor when the place is designated ("named Ankara as host", "named
 * Istanbul a capital of culture", "named Moscow's mayor").
 */
function namedAfterPlace(text: string, start: number, end: number): boolean {
  // Every naming verb ends in "ed", right before the space(s) before the
  // place: most places fail this on two characters, without building words.
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  if (i < 1 || i === start - 1 || FOLD[text.charCodeAt(i)] !== 100) return false;
  if (FOLD[text.charCodeAt(i - 1)] !== 101) return false;
  const verb = wordBefore(text, start);
  if (!verb || !NAMING_VERBS.has(verb.folded)) return false;
  // Across a comma too: "The mare, nicknamed Ankara".
  const prev = wordsAround(text, verb.start, 1, true)[0];
  if (prev === undefined || NAMING_CONTEXT.has(prev.folded)) return false;
  // "named Moscow's new mayor", "named Istanbul a capital of culture", "named
  // Ankara as host": the place itself, appointed or designated.
  const c = text.charCodeAt(end);
  if (c === 0x27 || c === 0x2019) return false;
  const next = wordAfter(text, end);
  return next === null || !DESIGNATION_WORDS.has(next.folded);
}

/**
 * The `notAfter` list that follows `end`: directly, across a joining hyphen
 * ("Turkey-Day"), or after a hyphenated modifier ("Aleppo-style pepper"), or null.
 */
function qualifiedAfter(
  text: string,
  end: number,
  after: string[][],
  hint: QualifierHint | undefined,
): string[] | null {
  const hyphen = isJoiningHyphen(text, end);
  if (!hyphen && hint !== undefined && hint.edge !== null) {
    // Without a modifier hyphen, the next word must start like the first word of some list.
    const i = firstWordFrom(text, end, false);
    if (i < 0 || !edgeHas(hint.edge, text, i)) return null;
  }
  const len = hint ? hint.maxLen : maxLen(after);
  const words = wordsAround(text, end, len + (hyphen ? 1 : 0), false, true);
  const direct = after.find(
    (list) => wordsMatch(words, list, false) && adjoins(text, end, list, words),
  );
  if (direct !== undefined) return direct;
  if (!hyphen || words.length < 2 || !MODIFIER_SUFFIXES.has(words[0]!.folded)) return null;
  const rest = words.slice(1);
  return after.find((list) => wordsMatch(rest, list, false)) ?? null;
}

/**
 * A qualifier list that opens with a function word ("of") counts only
 * directly after the name: "the Kremlin of college football", but not "the
 * Kremlin, of course," where the comma starts an aside. Other qualifiers
 * may follow a comma ("Moscow, Kansas").
 */
function adjoins(text: string, end: number, list: string[], words: WordAt[]): boolean {
  if (!FUNCTION_WORDS.has(list[0]!)) return true;
  return skipSpaces(text, end, 1) === words[0]!.start;
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
 * True if text[start, end) is joined by "&" or "/" to an ALL-CAPS exam or
 * course acronym that is not a KB name itself ("AP & SAT", "AP/IB courses").
 * Other lists ("AP/NORC", "US/UK") keep the abbreviation.
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
  return (
    isAllCaps(ctx.text, w.start, w.end) &&
    COURSE_ACRONYMS.has(w.folded) &&
    !ctx.isWholeAlias(w.folded)
  );
}

function maxLen(lists: string[][]): number {
  let m = 0;
  for (const l of lists) m = Math.max(m, l.length);
  return m;
}

/** True if text[i] is a space or a no-break space. */
function isBlank(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0xa0;
}

/**
 * A hyphen or an en dash set close between two names pairs them: "Russia-Turkey
 * relations", "the U.S.-Turkey relationship", "Greece–Turkey talks".
 */
function isPairDash(c: number): boolean {
  return c === 45 || c === 0x2013;
}

/** "," "&" "/": a joiner that may sit directly between two list items. */
function isListPunct(c: number): boolean {
  return c === 44 || isListJoiner(c);
}

/**
 * "Spain, Greece and Turkey", "Greece/Turkey": if a list joiner (a comma,
 * "&", "/", "and", "or", ", and") stands directly before `start`, where the
 * item before it ends; else -1. With {@link listItemStartAfter}, lets the
 * resolver treat a name listed next to a named place ("flights to Greece and
 * Turkey") as a place too. A few character reads for most names.
 */
export function listItemEndBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  if (i < 0) return -1;
  if (isListPunct(text.charCodeAt(i)) || (i === start - 1 && isPairDash(text.charCodeAt(i)))) {
    i--;
  } else {
    // " and " / " or ": a conjunction between blanks, after an optional comma.
    if (i === start - 1) return -1;
    let from = i;
    while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
    if (i - from > 2 || from === 0 || !isBlank(text, from - 1)) return -1;
    const w = text.slice(from, i + 1).toLowerCase();
    if (w !== 'and' && w !== 'or') return -1;
    i = from - 1;
    while (i >= 0 && isBlank(text, i)) i--;
    if (i >= 0 && text.charCodeAt(i) === 44) i--;
  }
  while (i >= 0 && isBlank(text, i)) i--;
  // A name may end in a dot: "the U.S.-Turkey relationship".
  return i >= 0 && (isWordCode(text.charCodeAt(i)) || text.charCodeAt(i) === 46) ? i + 1 : -1;
}

/**
 * The mirror of {@link listItemEndBefore}: if a list joiner directly follows
 * `end` ("Turkey and Greece", "Turkey, Greece"), where the next item starts; else -1.
 */
export function listItemStartAfter(text: string, end: number): number {
  const n = text.length;
  let i = end;
  while (i < n && isBlank(text, i)) i++;
  if (i >= n) return -1;
  if (isPairDash(text.charCodeAt(i)) && i === end)
    return isWordCode(text.charCodeAt(i + 1)) ? i + 1 : -1;
  if (isListPunct(text.charCodeAt(i))) {
    i++;
    while (i < n && isBlank(text, i)) i++;
    // ", and", ", or"
    const to = conjunctionEnd(text, i);
    if (to > 0) i = to;
  } else {
    if (i === end) return -1;
    i = conjunctionEnd(text, i);
    if (i < 0) return -1;
  }
  while (i < n && isBlank(text, i)) i++;
  return i < n && isWordCode(text.charCodeAt(i)) ? i : -1;
}

/** If text[i…] is "and" or "or" followed by a blank, where it ends; else -1. */
function conjunctionEnd(text: string, i: number): number {
  let to = i;
  while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
  if (to - i > 3 || !isBlank(text, to)) return -1;
  // Any case: "GREECE AND TURKEY" in an ALL-CAPS line.
  const w = text.slice(i, to).toLowerCase();
  return w === 'and' || w === 'or' ? to : -1;
}

/**
 * "born in Gaziantep, Turkey", "from Izmir, Turkey": text[…start) ends with a
 * locating preposition, one or two capitalised words (a town the KB need not
 * know) and a comma. The country after a town is the country, with or
 * without anything related to it on the page. "Ham, Turkey and Swiss" has no
 * preposition before the town. A few character reads for most names.
 */
export function afterTownInCountry(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text, i)) i--;
  if (i < 1 || text.charCodeAt(i) !== 44) return false;
  i--;
  for (let words = 0; ; words++) {
    while (i >= 0 && isBlank(text, i)) i--;
    const end = i + 1;
    while (i >= 0 && (isWordCode(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i--;
    const from = i + 1;
    if (from >= end) return false;
    if (UPPER[text.charCodeAt(from)] === 1) {
      // A town's word: another one may come before it ("Kahramanmaras Province" is two).
      if (words === 2 || i < 0 || !isBlank(text, i)) return false;
      continue;
    }
    return words > 0 && end - from <= 7 && LOCATING_WORDS.has(text.slice(from, end).toLowerCase());
  }
}
