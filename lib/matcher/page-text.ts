/**
 * Questions the precision rules ask about the text around a candidate: the
 * word directly before or after it, whether it opens a sentence, whether its
 * line is an ALL-CAPS or Title Case headline. Only asked for candidates, so
 * none of this is on the hot path.
 */
import {
  CharClass,
  charClassOf,
  foldTable,
  isLowerCode,
  isUpperCode,
  upperTable,
} from '../text/fold';

/** A word token in the page text. */
export interface WordAt {
  start: number;
  end: number;
  /** Folded text. */
  folded: string;
}

const SENTENCE_END = '.!?:;…';
const OPENERS = '"“”„«»‹›‘’\'([{¿¡*•·–—-';
/** Punctuation a qualifier may sit behind: "Moscow, Kansas", "Moscow (Idaho)". */
const SOFT_PUNCT = ',()[]"“”«»';

function isWordCode(c: number): boolean {
  return charClassOf(c) === CharClass.Word;
}

function isSkippable(c: number): boolean {
  const k = charClassOf(c);
  return k === CharClass.Space || k === CharClass.Ignorable;
}

/** The word ending at or before `end` (exclusive), scanning back over word/ignorable chars. */
function wordEndingAt(text: string, end: number): WordAt {
  let start = end;
  let i = end - 1;
  while (i >= 0) {
    const k = charClassOf(text.charCodeAt(i));
    if (k === CharClass.Word) start = i;
    else if (k !== CharClass.Ignorable) break;
    i--;
  }
  return { start, end, folded: foldSpan(text, start, end) };
}

/** The word starting at `start`. */
function wordStartingAt(text: string, start: number): WordAt {
  let end = start;
  let i = start;
  while (i < text.length) {
    const k = charClassOf(text.charCodeAt(i));
    if (k === CharClass.Word) end = i + 1;
    else if (k !== CharClass.Ignorable) break;
    i++;
  }
  return { start, end, folded: foldSpan(text, start, end) };
}

function foldSpan(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (charClassOf(c) === CharClass.Word) s += String.fromCharCode(foldTable[c]!);
  }
  return s;
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

/**
 * Up to `count` words after `pos` (or before it, nearest first, if `back`),
 * skipping spaces and soft punctuation (commas, brackets, quotes) and, between
 * the words themselves, dots ("N.Y."). Stops at a line break or other punctuation.
 */
export function wordsAround(text: string, pos: number, count: number, back: boolean): WordAt[] {
  const out: WordAt[] = [];
  let i = back ? pos - 1 : pos;
  while (out.length < count) {
    while (i >= 0 && i < text.length) {
      const c = text.charCodeAt(i);
      if (isSkippable(c) || SOFT_PUNCT.includes(text[i]!) || (out.length > 0 && c === 46)) {
        i += back ? -1 : 1;
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
    if (upperTable[c] === 1) letters++;
  }
  return letters >= 2;
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
    const k = charClassOf(c);
    if (k === CharClass.Newline) return true;
    if (k === CharClass.Space || k === CharClass.Ignorable || OPENERS.includes(text[i]!)) {
      i--;
      continue;
    }
    return SENTENCE_END.includes(text[i]!);
  }
  return true;
}

/** Words headline style keeps in lower case. */
const TITLE_CASE_LOWER = new Set(
  'and the for but nor yet via von van der den del des from with into onto over upon than that amid'.split(
    ' ',
  ),
);

/** Headline style of one line of text. */
export interface LineStyle {
  allCaps: boolean;
  titleCase: boolean;
}

/** Lines longer than this are prose, never headlines; style is then judged near `pos`. */
const HEADLINE_MAX = 300;

/**
 * Classifies the line around `pos` (or, inside a long line, the text within
 * 100 characters of it); `cache` is keyed by the line start. Bounded work per
 * call, whatever the line length.
 */
export function lineStyle(text: string, pos: number, cache: Map<number, LineStyle>): LineStyle {
  let a = pos;
  const aMin = Math.max(0, pos - HEADLINE_MAX);
  while (a > aMin && charClassOf(text.charCodeAt(a - 1)) !== CharClass.Newline) a--;
  let b = pos;
  const bMax = Math.min(text.length, pos + HEADLINE_MAX);
  while (b < bMax && charClassOf(text.charCodeAt(b)) !== CharClass.Newline) b++;
  const short =
    (a === 0 || charClassOf(text.charCodeAt(a - 1)) === CharClass.Newline) &&
    (b === text.length || charClassOf(text.charCodeAt(b)) === CharClass.Newline) &&
    b - a <= HEADLINE_MAX;
  if (!short) {
    a = Math.max(a, pos - 100);
    b = Math.min(b, pos + 100);
    while (a > 0 && isWordCode(text.charCodeAt(a - 1))) a--;
  }
  const cached = short ? cache.get(a) : undefined;
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
      const k = charClassOf(text.charCodeAt(i));
      if (k === CharClass.Word) {
        letters++;
        if (isLowerCode(text.charCodeAt(i))) lower++;
      } else if (k !== CharClass.Ignorable) break;
      i++;
    }
    if (letters >= 2) {
      words++;
      if (lower === 0 && hasUpperIn(text, start, i)) caps++;
    }
    if (isUpperCode(text.charCodeAt(start))) capitalised++;
    else if (letters >= 3 && lower > 0 && !TITLE_CASE_LOWER.has(foldSpan(text, start, i)))
      lowered++;
  }
  const style: LineStyle = {
    allCaps: words >= 2 && caps * 5 >= words * 4,
    // Headline style leaves only short function words in lower case.
    titleCase: short && capitalised >= 3 && lowered === 0,
  };
  if (short) cache.set(a, style);
  return style;
}
