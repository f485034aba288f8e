/**
 * Mention texts shared within one call. A page names the same few entities
 * over and over, and every mention's string outlives the call: a string per
 * mention was a large share of what each garbage collection had to copy.
 */
import { IntBuffer } from './int-buffer';

export class MentionTexts {
  /** Alias index → the first text found for it in this call. */
  private texts: (string | undefined)[] = [];
  /** Aliases with a text in `texts`. */
  private readonly used = new IntBuffer();

  /** `text.slice(start, end)`, or an equal string already made for alias `a`. */
  get(a: number, text: string, start: number, end: number): string {
    const known = this.texts[a];
    if (known !== undefined && known.length === end - start) {
      let i = 0;
      while (i < known.length && known.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === known.length) return known;
    }
    const s = text.slice(start, end);
    if (known === undefined) {
      this.texts[a] = s;
      this.used.push1(a);
    }
    return s;
  }

  /** Forgets the texts, so that no page's strings outlive its call here. */
  clear(aliasCount: number): void {
    if (this.texts.length !== aliasCount) this.texts = new Array<string | undefined>(aliasCount);
    const used = this.used.view();
    for (let i = 0; i < used.length; i++) this.texts[used[i]!] = undefined;
    this.used.clear();
  }
}
