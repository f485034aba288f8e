/**
 * Mention strings shared within one call. A page names the same few entities
 * over and over, and every mention's strings outlive the call: a string per
 * mention was a large share of what each garbage collection had to copy.
 *
 * The resolver asks for a candidate's strings while the scanner has just
 * read its text, and keeps the returned reference: the final pick then
 * reads no page text for it (reading it there, megabytes later, missed the
 * cache for most mentions). Aliases are looked up in a small hash table
 * sized for the aliases one page names, not in arrays over every alias of
 * the KB, whose reads also missed the cache at 100,000 aliases.
 */
import { entityIdOf, type MatcherTables } from './load';

/** Slot count of a fresh table (a power of two). */
const INITIAL_SLOTS = 1024;

export class MentionTexts {
  /** Alias index + 1 in each slot; 0: empty. */
  private keys = new Int32Array(INITIAL_SLOTS);
  /** Slot → where in the page its alias's first text was last found. */
  private from = new Int32Array(INITIAL_SLOTS);
  /** Slot → reference of its alias's first text. */
  private first = new Int32Array(INITIAL_SLOTS);
  private shift = 32 - Math.log2(INITIAL_SLOTS);
  private used = 0;
  /**
   * Reference → mention text and entity id, for references below `count`.
   * Kept from call to call (emptied, not replaced): growing them afresh by
   * push on every call was a large share of the garbage a call made.
   */
  private texts: (string | undefined)[] = [];
  private ids: (string | undefined)[] = [];
  private count = 0;

  /**
   * A reference to the strings of a mention of alias `a` (of entity `e`) at
   * text[start, end): the text found there and the entity id, shared with
   * earlier mentions of the alias spelled the same way.
   */
  ref(a: number, e: number, t: MatcherTables, text: string, start: number, end: number): number {
    const s = this.slot(a);
    if (s < 0) {
      const made = this.make(t, e, text, start, end);
      const to = this.slot(a, true);
      this.from[to] = start;
      this.first[to] = made;
      return made;
    }
    const known = this.first[s]!;
    const len = end - start;
    if (this.texts[known]!.length === len) {
      // Compared with the page where the text was last found, not with the
      // string: page against page reads one flat string, while a slice is a
      // view whose every character read goes through its parent; and the
      // last place is near, so still in cache.
      const f = this.from[s]!;
      let i = 0;
      while (i < len && text.charCodeAt(f + i) === text.charCodeAt(start + i)) i++;
      if (i === len) {
        this.from[s] = start;
        return known;
      }
    }
    return this.add(text.slice(start, end), this.ids[known]!);
  }

  /** The mention text of reference `ref`. */
  textOf(ref: number): string {
    return this.texts[ref]!;
  }

  /** The entity id of reference `ref`. */
  idOf(ref: number): string {
    return this.ids[ref]!;
  }

  /** Forgets the strings, so that no page's strings outlive its call here. */
  clear(): void {
    if (this.used > 0) this.keys.fill(0);
    this.used = 0;
    this.texts.fill(undefined, 0, this.count);
    this.ids.fill(undefined, 0, this.count);
    this.count = 0;
  }

  private make(t: MatcherTables, e: number, text: string, start: number, end: number): number {
    return this.add(text.slice(start, end), entityIdOf(t, e));
  }

  private add(text: string, id: string): number {
    const ref = this.count++;
    this.texts[ref] = text;
    this.ids[ref] = id;
    return ref;
  }

  /** Slot of alias `a`, or -1 if it has none; with `claim`, a new slot for it. */
  private slot(a: number, claim = false): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let s = Math.imul(a + 1, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const k = keys[s]!;
      if (k === a + 1) return s;
      if (k !== 0) continue;
      if (!claim) return -1;
      if ((this.used + 1) * 2 > keys.length) {
        this.grow();
        return this.slot(a, true);
      }
      keys[s] = a + 1;
      this.used++;
      return s;
    }
  }

  private grow(): void {
    const old = this.keys;
    const oldFrom = this.from;
    const oldFirst = this.first;
    const size = old.length * 2;
    this.keys = new Int32Array(size);
    this.from = new Int32Array(size);
    this.first = new Int32Array(size);
    this.shift--;
    this.used = 0;
    for (let s = 0; s < old.length; s++) {
      const k = old[s]!;
      if (k === 0) continue;
      const to = this.slot(k - 1, true);
      this.from[to] = oldFrom[s]!;
      this.first[to] = oldFirst[s]!;
    }
  }
}
