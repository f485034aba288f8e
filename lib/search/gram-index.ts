/**
 * Unigram and bigram posting lists over the folded text of every searchable
 * field value ("item"). They give, per query, a lower bound on each item's
 * edit distance to the query (the q-gram lemma), which bounds the fuse.js
 * score it can reach, so fuse.js only has to rank the few records that can
 * still make the top results.
 */

/** Posting lists: gram → ascending item ids that contain it (each id once). */
export type Postings = Map<string, Int32Array>;

export interface GramIndex {
  unigrams: Postings;
  bigrams: Postings;
}

function freeze(lists: Map<string, number[]>): Postings {
  const out: Postings = new Map();
  for (const [gram, ids] of lists) out.set(gram, Int32Array.from(ids));
  return out;
}

/** Builds posting lists for `texts` (already folded); item id = index in `texts`. */
export function buildGramIndex(texts: readonly string[]): GramIndex {
  const uni = new Map<string, number[]>();
  const bi = new Map<string, number[]>();
  const add = (lists: Map<string, number[]>, gram: string, id: number): void => {
    const list = lists.get(gram);
    if (list === undefined) lists.set(gram, [id]);
    // Items are added in order, so a repeat within one item is always the last entry.
    else if (list[list.length - 1] !== id) list.push(id);
  };
  for (let id = 0; id < texts.length; id++) {
    const t = texts[id]!;
    for (let i = 0; i < t.length; i++) {
      add(uni, t.charAt(i), id);
      if (i + 1 < t.length) add(bi, t.slice(i, i + 2), id);
    }
  }
  return { unigrams: freeze(uni), bigrams: freeze(bi) };
}

/** The query's grams, one per position (repeats kept: the lemma counts positions). */
export function queryGrams(query: string, q: 1 | 2): string[] {
  const out: string[] = [];
  for (let i = 0; i + q <= query.length; i++) out.push(query.slice(i, i + q));
  return out;
}
