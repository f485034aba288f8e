/**
 * Questions the precision rules ask about the text around a candidate: the
 * word directly before or after it, whether it opens a sentence, whether its
 * line is an ALL-CAPS or Title Case headline. Asked for thousands of
 * candidates per page, so: typed-array reads only, and a word's folded text
 * is built only when a rule needs it (most neighbours are rejected on case).
 */
import * as fold from '../text/fold';
import * as wordSet from './word-set';
import { HashedWordSet } from './word-set';

// Module copies of imported bindings (see ./scan.ts for why).
const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
const UPPER = fold.upperTable;
const LOWER = fold.lowerTable;
const classify = fold.classify;
const WORD = fold.CharClass.Word;
const IGNORABLE = fold.CharClass.Ignorable;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;
const HYPHEN = fold.CharClass.Hyphen;

/** Class of code unit `c`, classifying it on first sight. */
export function classOf(c: number): number {
  const k = CLS[c]!;
  return k === 0 ? classify(c) : k;
}

function isUpperCode(c: number): boolean {
  if (CLS[c] === 0) classify(c);
  return UPPER[c] === 1;
}

function isLowerCode(c: number): boolean {
  if (CLS[c] === 0) classify(c);
  return LOWER[c] === 1;
}

/** A word token in the page text. */
export class WordAt {
  private foldedText: string | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Folded text (built on first use). */
  get folded(): string {
    return (this.foldedText ??= foldSpan(this.text, this.start, this.end));
  }
}

const SENTENCE_END = '.!?:;…';
const OPENERS = '"“”„«»‹›‘’\'([{¿¡*•·–—-';
/** Punctuation a qualifier may sit behind: "Moscow, Kansas", "Moscow (Idaho)". */
export const SOFT_PUNCT = ',()[]"“”«»';

/** A straight or typographic apostrophe. */
export function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** True if UTF-16 code `c` is a word character (NaN, read off the text's ends, is not). */
export function isWordCode(c: number): boolean {
  return classOf(c) === WORD;
}

/** True if `c` is a word character but not an ASCII digit: a letter. */
export function isLetterCode(c: number): boolean {
  return isWordCode(c) && !(c >= 48 && c <= 57);
}

function isSkippable(c: number): boolean {
  const k = classOf(c);
  return k === SPACE || k === IGNORABLE;
}

/** The word ending at or before `end` (exclusive), scanning back over word/ignorable chars. */
export function wordEndingAt(text: string, end: number): WordAt {
  let start = end;
  let i = end - 1;
  while (i >= 0) {
    const k = classOf(text.charCodeAt(i));
    if (k === WORD) start = i;
    else if (k !== IGNORABLE) break;
    i--;
  }
  return new WordAt(text, start, end);
}

/** The word starting at `start`. */
export function wordStartingAt(text: string, start: number): WordAt {
  let end = start;
  let i = start;
  while (i < text.length) {
    const k = classOf(text.charCodeAt(i));
    if (k === WORD) end = i + 1;
    else if (k !== IGNORABLE) break;
    i++;
  }
  return new WordAt(text, start, end);
}

const foldCodes: number[] = [];

/** The folded word characters of text[start, end), as one string. */
export function foldSpan(text: string, start: number, end: number): string {
  // One string from a code list: concatenating a character at a time builds
  // a rope that every later Set lookup must flatten.
  foldCodes.length = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (classOf(c) === WORD) foldCodes.push(FOLD[c]!);
  }
  return String.fromCharCode.apply(null, foldCodes);
}

/** The word separated from `pos` by spaces only (no punctuation, no line break), looking back. */
export function wordBefore(text: string, pos: number): WordAt | null {
  let i = pos - 1;
  while (i >= 0 && isSkippable(text.charCodeAt(i))) i--;
  if (i < 0 || i === pos - 1 || !isWordCode(text.charCodeAt(i))) return null;
  return wordEndingAt(text, i + 1);
}

/** The word separated from `pos` by spaces only, looking ahead. */
export function wordAfter(text: string, pos: number): WordAt | null {
  let i = pos;
  while (i < text.length && isSkippable(text.charCodeAt(i))) i++;
  if (i >= text.length || i === pos || !isWordCode(text.charCodeAt(i))) return null;
  return wordStartingAt(text, i);
}

/** True if text[i] is a hyphen with a word character directly on each side ("al-Assad"). */
export function isJoiningHyphen(text: string, i: number): boolean {
  return (
    i > 0 &&
    i + 1 < text.length &&
    classOf(text.charCodeAt(i)) === HYPHEN &&
    isWordCode(text.charCodeAt(i - 1)) &&
    isWordCode(text.charCodeAt(i + 1))
  );
}

/**
 * Up to `count` words after `pos` (or before it, nearest first, if `back`),
 * skipping spaces and soft punctuation (commas, brackets, quotes) and, between
 * the words themselves, dots ("N.Y."). With `joinHyphens`, a hyphen with a
 * word on each side is crossed too: "Hafez al-Assad" seen from "Assad" is
 * "al", "Hafez"; "Aleppo-style pepper" seen from "Aleppo" is "style", "pepper".
 * Stops at a line break or other punctuation.
 */
export function wordsAround(
  text: string,
  pos: number,
  count: number,
  back: boolean,
  joinHyphens = false,
): WordAt[] {
  const out: WordAt[] = [];
  const step = back ? -1 : 1;
  let i = back ? pos - 1 : pos;
  // An elided word before a name: French "d'Alep", "l'Élysée".
  if (back && i > 0 && isApostropheCode(text.charCodeAt(i))) i--;
  while (out.length < count) {
    while (i >= 0 && i < text.length) {
      const c = text.charCodeAt(i);
      if (
        isSkippable(c) ||
        SOFT_PUNCT.includes(text[i]!) ||
        (out.length > 0 && c === 46) ||
        (joinHyphens && isJoiningHyphen(text, i))
      ) {
        i += step;
      } else break;
    }
    if (i < 0 || i >= text.length || !isWordCode(text.charCodeAt(i))) break;
    const w = back ? wordEndingAt(text, i + 1) : wordStartingAt(text, i);
    out.push(w);
    i = back ? w.start - 1 : w.end;
  }
  return out;
}

/** True if `words` (nearest first when looking back) begin with the folded word list `list`. */
export function wordsMatch(words: WordAt[], list: string[], back: boolean): boolean {
  if (words.length < list.length) return false;
  for (let j = 0; j < list.length; j++) {
    const w = back ? words[list.length - 1 - j] : words[j];
    if (w?.folded !== list[j]) return false;
  }
  return true;
}

/** First word character of a span is an upper-case letter. */
export function startsUpper(text: string, start: number): boolean {
  return isUpperCode(text.charCodeAt(start));
}

/** Upper-case first letter ("Vassili", "VASSILI"). */
export function isCapitalised(text: string, w: WordAt): boolean {
  return isUpperCode(text.charCodeAt(w.start));
}

/** At least two letters and none lower case. */
export function isAllCaps(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLowerCode(c)) return false;
    if (UPPER[c] === 1) letters++;
  }
  return letters >= 2;
}

/**
 * True if a word of text[start, end) has a capital right after a lower-case
 * letter ("MoSCoW", "iPhone"): spelled so, it is a coined word or a brand,
 * not a name that has no such capital. For a matched span: the scanner has
 * classified its characters, so the tables are read as they are (the
 * resolver asks this of every one-word candidate).
 */
export function hasInnerUpper(text: string, start: number, end: number): boolean {
  let afterLower = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (afterLower && UPPER[c] === 1) return true;
    afterLower = LOWER[c] === 1;
  }
  return false;
}

/** True if a span contains an upper-case letter. */
export function hasUpperIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isUpperCode(text.charCodeAt(i))) return true;
  return false;
}

/** Opens a sentence or a line: capitalisation there says nothing about the word. */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === NEWLINE) return true;
    if (k === SPACE || k === IGNORABLE || OPENERS.includes(text[i]!)) {
      i--;
      continue;
    }
    return SENTENCE_END.includes(text[i]!);
  }
  return true;
}

/**
 * Words headline style keeps in lower case, folded: English's, and the
 * short joining words of the other languages the KB reads ("Erdogan dan
 * Putin Sepakati Gencatan Senjata", "Poetin en Erdogan Bereiken Akkoord").
 * Not German's ("und", "für", "mit"): German capitalises every noun, so a
 * line of nouns joined by them is prose ("Facharzt für Innere Medizin").
 */
const TITLE_CASE_LOWER = new HashedWordSet(
  new Set(
    `and the for but nor yet via von van der den del des from with into onto over upon than that amid
    het een voor met naar och till fran les pour avec sur une aux
    los las con para por una dei della gli com dos das uma ile icin dan yang untuk dari dengan`.split(
      /\s+/,
    ),
  ),
);
const foldedWordHash = wordSet.foldedWordHash;

/**
 * True if the lower-case word text[start, end) is one headline style keeps
 * in lower case: a {@link TITLE_CASE_LOWER} word, or any of one or two
 * letters ("of", "in", "a").
 */
export function isTitleCaseJoiner(text: string, start: number, end: number): boolean {
  return (
    end - start <= 2 || TITLE_CASE_LOWER.hasSpan(text, start, end, foldedWordHash(text, start, end))
  );
}

/** Headline style of one line of text. */
export interface LineStyle {
  allCaps: boolean;
  titleCase: boolean;
}

/** Lines longer than this are prose, never headlines; style is then judged near `pos`. */
const HEADLINE_MAX = 300;

/**
 * What `lineStyle` remembers between calls on one text: styles of short
 * lines by line start, and where the line breaks are. The scanner lists the
 * breaks as it passes them, so no call searches the text for one.
 */
export class LineCache {
  readonly styles = new Map<number, LineStyle>();

  /**
   * `breaks`: offsets of every code unit of class Newline (see
   * ../text/fold.ts), ascending. While the scanner is still running, those
   * found so far: enough for a position before the last of them.
   */
  constructor(public breaks: Int32Array) {}
}

/** Index of the first line break at or after `pos`, or the text's length. */
function firstBreak(text: string, pos: number, cache: LineCache): number {
  const { breaks } = cache;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (breaks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < breaks.length ? breaks[lo]! : text.length;
}

/**
 * Classifies the line around `pos` (or, inside a long line, the text within
 * 100 characters of it). Bounded work per call, whatever the line length.
 */
export function lineStyle(text: string, pos: number, cache: LineCache): LineStyle {
  // The line's bounds, looking no further than HEADLINE_MAX each way.
  const aMin = Math.max(0, pos - HEADLINE_MAX);
  let a = aMin;
  for (let q = firstBreak(text, aMin, cache); q < pos; q = firstBreak(text, q + 1, cache)) {
    a = q + 1;
  }
  let b = Math.min(firstBreak(text, pos, cache), text.length);
  b = Math.min(b, pos + HEADLINE_MAX);
  const short =
    (a === 0 || classOf(text.charCodeAt(a - 1)) === NEWLINE) &&
    (b === text.length || classOf(text.charCodeAt(b)) === NEWLINE) &&
    b - a <= HEADLINE_MAX;
  if (!short) {
    a = Math.max(a, pos - 100);
    b = Math.min(b, pos + 100);
    while (a > 0 && isWordCode(text.charCodeAt(a - 1))) a--;
  }
  const cached = short ? cache.styles.get(a) : undefined;
  if (cached) return cached;
  // One pass over the words, stopping as soon as the line is plainly prose.
  let words = 0;
  let caps = 0;
  let capitalised = 0;
  let lowered = 0;
  let i = a;
  while (i < b && (lowered === 0 || caps * 5 >= words * 4)) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let lower = 0;
    while (i < b) {
      const k = classOf(text.charCodeAt(i));
      if (k === WORD) {
        letters++;
        if (isLowerCode(text.charCodeAt(i))) lower++;
      } else if (k !== IGNORABLE) break;
      i++;
    }
    if (letters >= 2) {
      words++;
      if (lower === 0 && hasUpperIn(text, start, i)) caps++;
    }
    if (isUpperCode(text.charCodeAt(start))) capitalised++;
    else if (
      letters >= 3 &&
      lower > 0 &&
      // "25m", "3rd", "2020s" (a headline's age stamp, a date) are not words
      // title case would capitalise.
      isLowerCode(text.charCodeAt(start)) &&
      !TITLE_CASE_LOWER.hasSpan(text, start, i, foldedWordHash(text, start, i))
    ) {
      lowered++;
    }
  }
  const allCaps = words >= 2 && caps * 5 >= words * 4;
  // Headline style leaves only short function words in lower case.
  const titleCase = short && capitalised >= 3 && lowered === 0;
  const style = STYLES[(allCaps ? 2 : 0) + (titleCase ? 1 : 0)]!;
  if (short) cache.styles.set(a, style);
  return style;
}

/** The four styles, shared: a style object per call was garbage. */
const STYLES: readonly LineStyle[] = [
  { allCaps: false, titleCase: false },
  { allCaps: false, titleCase: true },
  { allCaps: true, titleCase: false },
  { allCaps: true, titleCase: true },
].map((s) => Object.freeze(s));
