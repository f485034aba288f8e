import { describe, expect, it } from 'vitest';
import { loadSearch, prepareSearchIndex, type SearchHit } from '@/lib/search/index';
import { realKb } from './real-kb';

const kb = realKb();
const data = prepareSearchIndex(kb);
const searcher = loadSearch(data);

function top(query: string, n = 3): string[] {
  return searcher.search(query, n).map((h) => h.id);
}

function highlighted(hit: SearchHit): string[] {
  return hit.matches.flatMap((m) => m.ranges.map(([s, e]) => m.text.slice(s, e)));
}

describe('search over the bundled KB', () => {
  it('indexes every entity and claim', () => {
    expect(data.records.filter((r) => r.kind === 'entity')).toHaveLength(kb.entities.length);
    expect(data.records.filter((r) => r.kind === 'claim')).toHaveLength(kb.claims.length);
  });

  it('index data survives JSON (it is built into generated/kb.json)', () => {
    const again = loadSearch(JSON.parse(JSON.stringify(data)) as typeof data);
    expect(again.search('erdgan', 5)).toEqual(searcher.search('erdgan', 5));
  });

  it.each([
    ['erdgan', 'recep-tayyip-erdogan'],
    ['hulusi akr', 'hulusi-akar'],
    ['yincan', 'barcin-yinanc'],
    ['idleb', 'idlib'],
    ['peskof', 'dmitry-peskov'],
    ['unluhisarcikli', 'ozgur-unluhisarcikli'],
  ])('typo %j finds %s first', (query, id) => {
    const [first] = searcher.search(query, 5);
    expect(first?.kind).toBe('entity');
    expect(first?.id).toBe(id);
  });

  it('folds diacritics and Turkish dotted/dotless i both ways', () => {
    expect(top('Erdoğan', 1)).toEqual(['recep-tayyip-erdogan']);
    expect(top('ERDOĞAN', 1)).toEqual(['recep-tayyip-erdogan']);
    expect(top('İDLİB', 1)).toEqual(['idlib']);
    expect(top('Ünlühisarcıklı', 1)).toEqual(['ozgur-unluhisarcikli']);
  });

  it('finds entities by any alias, not only the name', () => {
    const withAlias = kb.entities.find((e) =>
      e.aliases.some((a) => (typeof a === 'string' ? a : a.text).length > 6),
    )!;
    const alias = withAlias.aliases
      .map((a) => (typeof a === 'string' ? a : a.text))
      .find((a) => a.length > 6)!;
    const hit = searcher.search(alias, 10).find((h) => h.id === withAlias.id);
    expect(hit).toBeDefined();
  });

  it('finds claims by words of their quote and by their speaker', () => {
    const claim = kb.claims.find((c) => c.quote && c.quote.length > 40)!;
    const phrase = claim.quote!.slice(0, 30);
    const hit = searcher.search(phrase, 10).find((h) => h.id === claim.id);
    expect(hit?.kind).toBe('claim');
    expect(hit?.matches.some((m) => m.field === 'quote')).toBe(true);

    const peskovClaims = kb.claims.filter((c) => c.speakerId === 'dmitry-peskov').map((c) => c.id);
    expect(peskovClaims.length).toBeGreaterThan(0);
    const hits = searcher.search('peskov', 50).filter((h) => h.kind === 'claim');
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(peskovClaims));
  });

  it('returns highlight ranges into the original (unfolded) text', () => {
    const [first] = searcher.search('erdogan', 1);
    expect(first).toBeDefined();
    const parts = highlighted(first!);
    expect(parts.some((p) => p.toLowerCase() === 'erdogan' || p === 'Erdoğan')).toBe(true);
    for (const m of first!.matches) {
      for (const [s, e] of m.ranges) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(m.text.length);
        expect(e).toBeGreaterThan(s);
      }
    }
    // A diacritic in the record still highlights the right letters.
    const ozgur = searcher.search('unluhisarcikli', 1)[0]!;
    expect(highlighted(ozgur).join('')).toMatch(/nl[üu]hisarc[ıi]kl[ıi]/i);
  });

  it('gives nothing for an empty or blank query and nothing for junk', () => {
    expect(searcher.search('')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search('qxzqxzqxz')).toEqual([]);
  });

  it('respects the limit and ranks best first', () => {
    const hits = searcher.search('syria', 7);
    expect(hits.length).toBeLessThanOrEqual(7);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});
