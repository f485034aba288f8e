/**
 * Myers' bit-parallel edit distance, semi-global: the fewest edits that turn
 * the pattern into some substring of the text. One pass over the text with
 * 32-bit words, so patterns up to 32 UTF-16 units (fuse.js's bitap limit).
 * fuse.js's bitap finds the same minimum level by level; here it is a cheap,
 * tight lower bound on a field's fuse.js error count.
 */

/** Per-pattern character masks, reusable across texts. */
export interface MyersPattern {
  length: number;
  /** Char code → bit mask of the pattern positions holding it (a flat table: faster than a Map). */
  peq: Int32Array;
  /** Char codes set in `peq`, to clear it for reuse. */
  codes: number[];
}

/**
 * Prepares `pattern` (1..32 units). Pass the previous pattern to reuse its
 * 256 KiB table (the searcher does, once per keystroke, to spare the GC).
 */
export function myersPattern(pattern: string, reuse?: MyersPattern): MyersPattern {
  if (pattern.length === 0 || pattern.length > 32) {
    throw new RangeError('Myers pattern must be 1..32 units long');
  }
  let peq: Int32Array;
  if (reuse) {
    peq = reuse.peq;
    for (const c of reuse.codes) peq[c] = 0;
  } else {
    peq = new Int32Array(65536);
  }
  const codes: number[] = [];
  for (let i = 0; i < pattern.length; i++) codes.push(pattern.charCodeAt(i));
  for (let i = 0; i < pattern.length; i++) peq[pattern.charCodeAt(i)]! |= 1 << i;
  return { length: pattern.length, peq, codes };
}

/**
 * Least edit distance between the pattern and any substring of `text`,
 * stopping early once it drops to `stopAt` or below.
 */
export function myersDistance(p: MyersPattern, text: string, stopAt = 0): number {
  const m = p.length;
  const last = 1 << (m - 1);
  const peq = p.peq;
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)]!;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // Carry-in 0: a match may start anywhere in the text for free.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) {
      best = score;
      if (best <= stopAt) return best;
    }
  }
  return best;
}
