/**
 * Mention texts shared within one call. A page names the same few entities
 * over and over, and every mention's string outlives the call: a string per
 * mention was a large share of what each garbage collection had to copy.
 */
import { IntBuffer } from './int-buffer';

export class MentionTexts {
  /** Alias index → the first text found for it in this call. */
  private texts: (string | undefined)[] = [];
  /**
   * Alias index → where in the page its text was last found. Later mentions are
   * compared with the page there, not with the string: page against page
   * reads one flat string, while a slice is a view whose every character
   * read goes through its parent.
   */
  private from = new Int32Array(0);
  /** Aliases with a text in `texts`. */
  private readonly used = new IntBuffer();

  /** `text.slice(start, end)`, or an equal string already made for alias `a`. */
  get(a: number, text: string, start: number, end: number): string {
    const known = this.texts[a];
    if (known === undefined) {
      const s = text.slice(start, end);
      this.texts[a] = s;
      this.from[a] = start;
      this.used.push1(a);
      return s;
    }
    const len = end - start;
    if (known.length === len) {
      const f = this.from[a]!;
      let i = 0;
      while (i < len && text.charCodeAt(f + i) === text.charCodeAt(start + i)) i++;
      if (i === len) {
        // Compare the next one with this place: it is near, so still in
        // cache, while the first may be megabytes back.
        this.from[a] = start;
        return known;
      }
    }
    return text.slice(start, end);
  }

  /** Forgets the texts, so that no page's strings outlive its call here. */
  clear(aliasCount: number): void {
    if (this.texts.length !== aliasCount) {
      this.texts = new Array<string | undefined>(aliasCount);
      this.from = new Int32Array(aliasCount);
    }
    const used = this.used.view();
    for (let i = 0; i < used.length; i++) this.texts[used[i]!] = undefined;
    this.used.clear();
  }
}
