/**
 * Search speed at 10,000 records (claims + entities in the real KB's style):
 * ms per keystroke for the prefiltered searcher and for plain fuse.js over
 * the same records, in the same run, plus whether their top 20 agree.
 * Run alone: `npx tsx scripts/bench/search.ts`; `npm run bench` runs all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPlainFuse, loadSearch } from '../../lib/search/index';
import { syntheticSearchData } from '../../lib/search/synthetic';
import { loadKbDir, REPO_ROOT } from '../kb-files';

const RECORDS = 10_000;
const LIMIT = 20;
const WORDS = ['erdgan', 'hulusi akr', 'yincan', 'idleb', 'peskov', 'ceasefire', 'refugees'];
/** Every prefix, as typed one key at a time. */
const KEYSTROKES = WORDS.flatMap((w) =>
  Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)),
);

function timeMs(fn: () => void, reps: number): number {
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function stats(xs: number[]): { mean: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return {
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!,
    max: s[s.length - 1]!,
  };
}

export async function run(): Promise<string> {
  await Promise.resolve();
  const loaded = loadKbDir(path.join(REPO_ROOT, 'kb'));
  const texts = ['000_f000e4b42029985a.txt', '002_c5a1e1dd9fc8c05d.txt'].map((f) =>
    readFileSync(path.join(REPO_ROOT, 'tests/fixtures/articles', f), 'utf8'),
  );
  const data = syntheticSearchData(RECORDS, { kb: loaded.ok ? loaded.kb : undefined, texts });

  let t = performance.now();
  const searcher = loadSearch(data);
  const loadMs = performance.now() - t;
  t = performance.now();
  const plain = createPlainFuse(data);
  const plainLoadMs = performance.now() - t;

  // Warm both up so the JIT does not count against either.
  for (const q of KEYSTROKES.slice(0, 6)) {
    searcher.search(q, LIMIT);
    plain(q, LIMIT);
  }

  const ours: number[] = [];
  const base: number[] = [];
  const verified: number[] = [];
  let agree = 0;
  const rows: string[] = [];
  for (const q of KEYSTROKES) {
    const a = timeMs(() => searcher.search(q, LIMIT), 5);
    verified.push(searcher.lastStats.verified);
    const b = timeMs(() => plain(q, LIMIT), 3);
    ours.push(a);
    base.push(b);
    const got = searcher.search(q, LIMIT).map((h) => `${h.id}:${h.score}`);
    const want = plain(q, LIMIT).map((h) => `${data.records[h.index]!.id}:${h.score}`);
    const same = JSON.stringify(got) === JSON.stringify(want);
    if (same) agree++;
    rows.push(
      `  ${JSON.stringify(q).padEnd(14)} ${a.toFixed(2).padStart(7)} ms  plain ${b.toFixed(1).padStart(6)} ms  verified ${String(searcher.lastStats.verified).padStart(5)}${same ? '' : '  TOP-20 DIFFERS'}`,
    );
  }
  const o = stats(ours);
  const p = stats(base);
  const v = stats(verified);
  return [
    `search: ${RECORDS} records (${data.records.filter((r) => r.kind === 'claim').length} claims), top ${LIMIT}, ${KEYSTROKES.length} keystrokes`,
    `  load: prefiltered ${loadMs.toFixed(0)} ms, plain fuse.js ${plainLoadMs.toFixed(0)} ms`,
    `  per keystroke: prefiltered mean ${o.mean.toFixed(2)} / p95 ${o.p95.toFixed(2)} / max ${o.max.toFixed(2)} ms (target ≤ 16 ms)`,
    `                 plain fuse.js mean ${p.mean.toFixed(1)} / p95 ${p.p95.toFixed(1)} / max ${p.max.toFixed(1)} ms`,
    `  speed-up: ${(p.mean / o.mean).toFixed(1)}× on the mean; fuse.js scored ${v.mean.toFixed(0)} records per query on average (max ${v.max})`,
    `  same top ${LIMIT} as plain fuse.js: ${agree}/${KEYSTROKES.length} queries`,
    ...rows,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    (report) => console.log(report),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
