/**
 * Deterministic synthetic search records in the style of the real KB, for the
 * search bench and the ranking-equality tests at 10,000 records: person-like
 * names with Turkish/Arabic/Russian spellings and diacritics, aliases
 * (surnames, diacritic-free and misspelt forms), claims whose summaries name
 * entities and whose quotes are sentences from the source articles.
 */
import type { KnowledgeBase } from '../kb/types';
import { prepareSearchIndex, type SearchIndexData, type SearchRecord } from './records';

const SYLLABLES = [
  'er',
  'do',
  'gan',
  'ak',
  'ar',
  'hu',
  'lu',
  'si',
  'yi',
  'nanç',
  'pes',
  'kov',
  'ün',
  'lü',
  'hi',
  'sar',
  'cık',
  'lı',
  'ça',
  'vuş',
  'oğ',
  'lu',
  'la',
  'vrov',
  'as',
  'sad',
  'mou',
  'al',
  'lem',
  'şa',
  'hin',
  'ka',
  'lın',
  'ib',
  'rа',
  'him',
  'se',
  'lim',
  'tay',
  'yip',
  'ze',
  'ki',
  'ma',
  'rat',
  'ov',
  'ich',
  'nik',
  'ol',
  'ai',
  'ev',
  'gö',
  'zü',
  'ha',
  'mid',
  'ba',
  'şar',
];
const PLACES = ['Idlib', 'Aleppo', 'Hmeimim', 'Saraqeb', 'Ankara', 'Moscow', 'Damascus', 'Sochi'];
const VERBS = [
  'said',
  'warned',
  'claimed',
  'reported',
  'denied',
  'estimated',
  'threatened',
  'announced',
];
const TOPICS = [
  'the ceasefire line in {p}',
  'troop reinforcements near {p}',
  'an offensive on {p}',
  'refugees fleeing towards {p}',
  'talks with {n} on {p}',
  'air strikes around {p}',
  'observation posts in {p}',
];

type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function word(r: Rng): string {
  const n = 2 + Math.floor(r() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(r, SYLLABLES);
  return w.charAt(0).toLocaleUpperCase('tr') + w.slice(1);
}

function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I');
}

function misspell(r: Rng, s: string): string {
  if (s.length < 4) return s;
  const i = 1 + Math.floor(r() * (s.length - 2));
  return s.slice(0, i) + s.slice(i + 1);
}

function sentences(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const s of t.split(/(?<=[.!?])\s+|\n+/)) {
      const clean = s.replace(/\[|\]\(#\)/g, '').trim();
      if (clean.length >= 30 && clean.length <= 260) out.push(clean);
    }
  }
  return out.length ? out : ['The situation on the ground remained tense for several days.'];
}

/**
 * `count` records (about one entity per four claims), seeded so every run
 * gets the same data. The real KB's records come first when given.
 */
export function syntheticSearchData(
  count: number,
  opts: { kb?: KnowledgeBase; texts?: readonly string[]; seed?: number } = {},
): SearchIndexData {
  const r = rng(opts.seed ?? 20200212);
  const base: SearchRecord[] = opts.kb ? prepareSearchIndex(opts.kb).records : [];
  const quotes = sentences(opts.texts ?? []);
  const records: SearchRecord[] = base.slice(0, count);
  const names: string[] = base.filter((b) => b.kind === 'entity').map((b) => b.name ?? '');
  let n = 0;
  while (records.length < count) {
    n++;
    if (n % 5 === 1 || names.length === 0) {
      const name = `${word(r)} ${word(r)}${r() < 0.3 ? ' ' + word(r) : ''}`;
      const surname = name.split(' ').pop()!;
      const aliases = [...new Set([surname, plain(name), misspell(r, plain(surname))])].filter(
        (a) => a !== name,
      );
      names.push(name);
      records.push({ kind: 'entity', id: `syn-e${n}`, name, aliases });
    } else {
      const speaker = pick(r, names);
      const about = pick(r, names);
      const topic = pick(r, TOPICS).replace('{p}', pick(r, PLACES)).replace('{n}', about);
      const rec: SearchRecord = {
        kind: 'claim',
        id: `syn-c${n}`,
        summary: `${speaker} ${pick(r, VERBS)} ${topic}`,
        speaker,
      };
      if (r() < 0.85) rec.quote = pick(r, quotes);
      records.push(rec);
    }
  }
  return { formatVersion: 1, records };
}
