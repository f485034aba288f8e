/**
 * Work buffers a loaded matcher reuses from one `findMentions` call to the
 * next (calls never overlap). Fresh typed arrays per call cost more than the
 * work done in them on a long page: megabytes of memory zeroed and faulted
 * in each time, and the external-memory pressure forced extra garbage
 * collections. The buffers keep the size of the longest text matched.
 */
import { ContestSites } from './contest-sites';
import { IndexSet } from './index-set';
import { IntBuffer } from './int-buffer';
import { MentionTexts } from './mention-texts';
import { NamesakeSlots } from './namesake-index';

export class Scratch {
  /** Candidate spans from the scanner. */
  readonly cands = new IntBuffer(1024);
  /** Line break offsets from the scanner. */
  readonly breaks = new IntBuffer();
  readonly pairs = new IntBuffer();
  readonly deferred = new IntBuffer();
  /** Contested spans, and aliases with a Contest verdict. */
  readonly contestedSpans = new IntBuffer();
  readonly contestedAliases = new IndexSet();
  /** Where on the page each alias was contested. */
  readonly contestSites = new ContestSites();
  /** (alias, start, end) of surnames judged someone else's ("Marina Peskov"). */
  readonly namesakes = new IntBuffer();
  /** (record, start, end) of context surnames that may be someone else's (see resolve.ts namesakesBefore). */
  readonly maybeNamesakes = new IntBuffer();
  /** (entity, start) of the full names on a page with namesakes (see ./namesake-index.ts). */
  readonly fullNames = new IntBuffer();
  readonly namesakeSlots = new NamesakeSlots();
  /** (entity, start) of inverted full names ("Akar, Hulusi, 102"). */
  readonly inverted = new IntBuffer();
  readonly late = new IntBuffer();
  readonly accepted = new IntBuffer();
  /** The picked mentions, before they are handed out. */
  readonly picked = new IntBuffer();
  /** Mention strings, shared between equal mentions of one call. */
  readonly texts = new MentionTexts();
  private flags = new Uint8Array(0);
  private orderData = new Int32Array(0);

  /** `count` zeroed bytes, the `which`-th (0 to 4) of five such arrays. */
  entityFlags(count: number, which: number): Uint8Array {
    if (this.flags.length < count * 5) this.flags = new Uint8Array(count * 5);
    const view = this.flags.subarray(which * count, (which + 1) * count);
    view.fill(0);
    return view;
  }

  /** Room for `n` indexes (contents undefined). */
  order(n: number): Int32Array {
    if (this.orderData.length < n) this.orderData = new Int32Array(grown(n));
    return this.orderData.subarray(0, n);
  }
}

/** A capacity for `n` that leaves room to grow, so slowly growing texts do not reallocate every call. */
function grown(n: number): number {
  return n + (n >> 2) + 64;
}
