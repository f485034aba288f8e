/**
 * Where on the page each alias was contested, and how far a contest reaches.
 *
 * A contest ("Israel Adesanya", "Anatole France", "Turkey Hill Dairy")
 * makes its alias doubtful on the whole page: a page about the fighter
 * calls him "Israel" further down. But a front page or a rail of links is a
 * list of unrelated stories, one per line: "Israel Adesanya retains title"
 * says nothing about the headline "Israel election: voters head to polls"
 * three stories below. So a contest standing in a headline line does not
 * reach a mention in another headline line further than the next line (its
 * dek); in prose, on either side, it reaches the whole page as before. The
 * resolver asks this only of places and organisations whose own line names
 * a related entity (see `contestLifted` in ./resolve.ts).
 */
import * as fold from '../text/fold';
import { IntBuffer } from './int-buffer';
import * as pageText from './page-text';

const classOf = pageText.classOf;
const NEWLINE = fold.CharClass.Newline;
const SPACE = fold.CharClass.Space;

/** Longest line read as a headline or a link; longer ones are prose. */
const HEADLINE_CHARS = 160;

function isBreak(c: number): boolean {
  return classOf(c) === NEWLINE;
}

function isBlank(c: number): boolean {
  const k = classOf(c);
  return k === SPACE || k === NEWLINE;
}

/**
 * The start of the line holding `pos` if that line is a headline or a link:
 * at most HEADLINE_CHARS long, and not a sentence (no full stop at its end);
 * else -1.
 */
function headlineStart(text: string, pos: number): number {
  let a = pos;
  const aMin = Math.max(0, pos - HEADLINE_CHARS);
  while (a > aMin && !isBreak(text.charCodeAt(a - 1))) a--;
  if (a > 0 && !isBreak(text.charCodeAt(a - 1))) return -1;
  const b = lineEndAfter(text, pos);
  if (b < 0 || b - a > HEADLINE_CHARS) return -1;
  let last = b - 1;
  while (last > a && isBlank(text.charCodeAt(last))) last--;
  // "…three soldiers." is a sentence; "U.S." ends an abbreviation, a headline may.
  if (text.charCodeAt(last) === 46 && !(last >= 2 && text.charCodeAt(last - 2) === 46)) return -1;
  return a;
}

/** The end of the line holding `pos`, or -1 past HEADLINE_CHARS. */
function lineEndAfter(text: string, pos: number): number {
  const bMax = Math.min(text.length, pos + HEADLINE_CHARS);
  let b = pos;
  while (b < bMax && !isBreak(text.charCodeAt(b))) b++;
  return b < text.length && !isBreak(text.charCodeAt(b)) ? -1 : b;
}

/** The start of the first non-blank line after the one ending at `end`. */
function nextLineStart(text: string, end: number): number {
  let i = end;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** (alias, start) of every contest on a page; see the module comment. */
export class ContestSites {
  private readonly sites = new IntBuffer();

  clear(): this {
    this.sites.clear();
    return this;
  }

  /** Records that alias `a` was contested by the span starting at `at`. */
  add(a: number, at: number): void {
    this.sites.push2(a, at);
  }

  /**
   * True if a contest of alias `a` reaches a mention starting at `pos`:
   * any contest of it outside a headline line, or in the mention's own
   * headline line or the one next to it, or any contest at all if the
   * mention is not in a headline line.
   */
  reaches(text: string, a: number, pos: number): boolean {
    const data = this.sites.data;
    const n = this.sites.length;
    let mention = -2;
    for (let k = 0; k < n; k += 2) {
      if (data[k] !== a) continue;
      if (mention === -2) mention = headlineStart(text, pos);
      if (mention < 0) return true;
      const site = data[k + 1]!;
      const siteLine = headlineStart(text, site);
      if (siteLine < 0 || siteLine === mention) return true;
      // The story's next line (its dek, a caption) is still the story.
      const [first, second] = siteLine < mention ? [site, mention] : [pos, siteLine];
      if (nextLineStart(text, lineEndAfter(text, first)) >= second) return true;
    }
    return false;
  }
}
