/**
 * Content script cost in real Chromium, on generated pages served locally:
 * - a 50 KB article: main-thread time of the annotation pass (target ≤ 5 ms),
 *   cold (first pass in a fresh page: the matcher's code is not compiled
 *   yet) and warm (a second full pass in the same page), split into collect /
 *   match / highlight, plus the start-up steps before the pass;
 * - a 5 MB text page: the longest slice the extension runs (target ≤ 50 ms),
 *   and the pass's main-thread time against a raw TreeWalker pass that reads
 *   every text node's data, over the same page in the same run (the floor;
 *   goal ≤ 2×);
 * - a live ticker page: renderer script time per second with marking on vs
 *   paused (the extension must not burn CPU on a page that never rests).
 * Numbers are medians over several fresh page loads.
 *
 * It loads the `--mode e2e` Chrome build (.output/chrome-mv3-e2e, rebuilt on
 * every run unless BENCH_SKIP_BUILD=1): the same code as the store build
 * plus test-only reporting that store builds leave out, because the page is
 * not ours: User Timing measures `backstory-annotate` (detail =
 * AnnotateStats) and `backstory-start*`, and an event that asks for a second
 * (warm) full pass. Long tasks come from a PerformanceObserver installed
 * before the page loads.
 * Run alone: `npx tsx scripts/bench/content.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { AnnotateStats } from '../../dom/annotator';
import { launchChromium, type ChromiumSession } from '../../tests/e2e/harness/chromium';
import type { ExtensionGlobals } from '../../tests/e2e/harness/page-checks';
import { ROOT } from '../../tests/e2e/harness/server';
import { median } from './support/stats';

const ARTICLE_RUNS = 9;
const HUGE_RUNS = 3;
const TICKER_SECONDS = 8;
const E2E_BUILD = path.join(ROOT, '.output/chrome-mv3-e2e');
/** Kept in step with entrypoints/content/e2e-hook.ts. */
const PASS_MEASURE = 'backstory-annotate';
const START_MEASURE = 'backstory-start';
const REANNOTATE_EVENT = 'backstory-e2e-reannotate';

/** What the e2e build's `backstory-annotate` measure carries: the annotator's stats. */
type PassDetail = Omit<AnnotateStats, 'aborted'>;

interface PassResult {
  cold: PassDetail;
  warm: PassDetail;
  /** Start-up steps (main() to the first pass, and its parts). */
  startup: Record<string, number>;
  /**
   * Renderer script time (every world) from navigation to the end of the
   * first pass: the content script's whole start-up and first pass, plus the
   * harness's own polling (the pages have no scripts). An upper bound.
   */
  scriptMsToFirstPass: number;
  /** Longest long task overlapping either pass (any cause, incl. rendering it triggers). */
  longestTaskInPass: number;
  /** Raw TreeWalker reading every text node's data, in the page's main world: first walk, median of 5. */
  treeWalkerFirstMs: number;
  treeWalkerMs: number;
  walkerChars: number;
  /** Ranges in the backstory-* type Highlights after the passes (painted marks). */
  paintedRanges: number;
  /**
   * One small DOM change after the passes (a paragraph appended and removed),
   * then the time until the next frame has rendered: median of 5. Chromium
   * revisits every registered highlight range after any DOM change.
   */
  domChangeFrameMs: number;
  /** Scrolling by 600 px, then the time until the next frame has rendered: median of 5. */
  scrollFrameMs: number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** News paragraphs from the two source articles, some names split across inline tags. */
function articleParagraphs(): string[] {
  const dir = path.join(ROOT, 'tests/fixtures/articles');
  return ['000_f000e4b42029985a.txt', '002_c5a1e1dd9fc8c05d.txt']
    .flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 60)
    .map((line) =>
      escapeHtml(line)
        .replace('Hulusi Akar', 'Hulusi <b>Akar</b>')
        .replace('Dmitry Peskov', '<a href="#p">Dmitry Peskov</a>'),
    );
}

/** A page with at least `chars` characters of article text in sections of paragraphs. */
function generatePage(title: string, chars: number): string {
  const paragraphs = articleParagraphs();
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < chars) {
    if (i % 12 === 0) parts.push(`<section><h2>Section ${i / 12 + 1}</h2>`);
    const p = paragraphs[i % paragraphs.length]!;
    parts.push(`<p>${p}</p>`);
    size += p.length;
    i++;
    if (i % 12 === 0) parts.push('</section>');
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body><main><h1>${title}</h1>${parts.join('\n')}</main></body></html>`;
}

const TICKER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Ticker</title></head><body>
<h1>Live markets</h1><p>Turkish President Recep Tayyip Erdogan spoke in Ankara.</p>
<ul id="ticks"></ul><p id="ticker">waiting</p>
<script>
let n = 0;
setInterval(() => {
  n++;
  document.getElementById('ticker').textContent = 'Index ' + (1000 + (n % 97)) + ' points, update ' + n;
  const li = document.createElement('li');
  li.textContent = 'Tick ' + n + ': Idlib ' + (n % 2 ? 'calm' : 'shelling reported');
  const list = document.getElementById('ticks');
  list.prepend(li);
  if (list.children.length > 20) list.lastElementChild.remove();
}, 50);
</script></body></html>`;

async function serve(pages: Record<string, string>) {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Installed before any page script: records every long task. */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: [number, number][] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Median of five runs of `measure`, 50 ms apart (the page settles between them). */
async function medianOfFive(page: Page, measure: () => Promise<number>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    runs.push(await measure());
    await page.waitForTimeout(50);
  }
  return median(runs);
}

/** Rendering cost of a small DOM change and of a scroll on a loaded page (medians of 5). */
async function measureFrames(
  page: Page,
): Promise<{ domChangeFrameMs: number; scrollFrameMs: number }> {
  const domChangeFrameMs = await medianOfFive(page, () =>
    page.evaluate(
      () =>
        new Promise<number>((done) => {
          const t0 = performance.now();
          const p = document.createElement('p');
          p.textContent = 'A late paragraph.';
          document.body.append(p);
          requestAnimationFrame(() =>
            setTimeout(() => {
              p.remove();
              done(performance.now() - t0);
            }, 0),
          );
        }),
    ),
  );
  const scrollFrameMs = await medianOfFive(page, () =>
    page.evaluate(
      () =>
        new Promise<number>((done) => {
          const t0 = performance.now();
          window.scrollBy(0, 600);
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        }),
    ),
  );
  return { domChangeFrameMs, scrollFrameMs };
}

async function measurePass(session: ChromiumSession, url: string): Promise<PassResult> {
  const page = await session.context.newPage();
  const passes = (n: number) =>
    page.waitForFunction(
      ([name, count]) => performance.getEntriesByName(name).length >= count,
      [PASS_MEASURE, n] as const,
      { timeout: 120_000, polling: 100 },
    );
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
  try {
    const scriptBefore = await scriptSeconds();
    await page.goto(url, { timeout: 120_000 });
    await passes(1);
    const scriptMsToFirstPass = ((await scriptSeconds()) - scriptBefore) * 1000;
    await page.waitForTimeout(300);
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), REANNOTATE_EVENT);
    await passes(2);
    // Let long-task entries for the last slices arrive.
    await page.waitForTimeout(300);
    const result = await page.evaluate(
      ([passName, startName]) => {
        const list = performance.getEntriesByName(passName) as PerformanceMeasure[];
        const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
        let longest = 0;
        for (const pass of list.slice(0, 2)) {
          const from = pass.startTime;
          const to = from + pass.duration;
          for (const [s, d] of tasks) if (s < to && s + d > from && d > longest) longest = d;
        }
        const startup: Record<string, number> = {};
        for (const e of performance.getEntriesByType('measure')) {
          if (e.name.startsWith(startName)) startup[e.name] = e.duration;
        }
        // Inline loop, no named helper: tsx would wrap one in a __name() the page lacks.
        const times: number[] = [];
        let chars = 0;
        for (let run = 0; run < 6; run++) {
          const t0 = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          chars = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode())
            chars += (n as Text).data.length;
          times.push(performance.now() - t0);
        }
        let painted = 0;
        const registry = (CSS as unknown as { highlights: Map<string, { size: number }> })
          .highlights;
        for (const type of ['person', 'place', 'organization', 'event', 'agreement']) {
          painted += registry.get(`backstory-${type}`)?.size ?? 0;
        }
        const first = times.shift()!;
        times.sort((a, b) => a - b);
        if (chars === 0) throw new Error('empty page');
        return {
          cold: list[0]!.detail as PassDetail,
          warm: list[1]!.detail as PassDetail,
          startup,
          longestTaskInPass: longest,
          treeWalkerFirstMs: first,
          treeWalkerMs: times[2]!,
          walkerChars: chars,
          paintedRanges: painted,
        };
      },
      [PASS_MEASURE, START_MEASURE] as const,
    );
    const frames = await measureFrames(page);
    return { ...result, scriptMsToFirstPass, ...frames };
  } finally {
    await page.close();
  }
}

async function setPaused(session: ChromiumSession, paused: boolean): Promise<void> {
  await session.serviceWorker.evaluate(
    (value) =>
      (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ settings: value }),
    { paused },
  );
}

/** Renderer script time (all worlds) per second while the ticker runs. */
async function tickerScriptMsPerSecond(session: ChromiumSession, url: string): Promise<number> {
  const page: Page = await session.context.newPage();
  try {
    await page.goto(url);
    await page.waitForTimeout(1500);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    };
    const before = await metric();
    await page.waitForTimeout(TICKER_SECONDS * 1000);
    const after = await metric();
    return ((after - before) * 1000) / TICKER_SECONDS;
  } finally {
    await page.close();
  }
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/** One line per phase: medians over the runs of one pass kind. */
function phaseLines(label: string, runs: PassDetail[]): string[] {
  const m = (pick: (d: PassDetail) => number) => median(runs.map(pick));
  const busy = runs.map((d) => d.busyMs);
  // Medians do not add up: the median pass's rest is taken run by run, not as
  // the median total minus the phases' medians (a gap that is mostly noise).
  const rest = runs.map((d) => d.busyMs - d.collectMs - d.sendMs - d.markMs);
  return [
    `  ${label}: main-thread ${f2(m((d) => d.busyMs))} ms (min ${f2(Math.min(...busy))}, max ${f2(Math.max(...busy))}) = collect ${f2(m((d) => d.collectMs))} + send ${f2(m((d) => d.sendMs))} + highlight ${f2(m((d) => d.markMs))} + rest`,
    `      rest (main-thread time outside the three phases, run by run): median ${f2(median(rest))} ms (min ${f2(Math.min(...rest))}, max ${f2(Math.max(...rest))})`,
    `      spotted in the background: ${f1(m((d) => d.spotCalls))} requests, waited ${f2(m((d) => d.spotWaitMs))} ms wall-clock (first ${f2(m((d) => d.firstSpotWaitMs))}; the page's main thread is free meanwhile); ${f1(m((d) => d.slices))} slices, longest ${f2(m((d) => d.longestSliceMs))} ms (max ${f2(Math.max(...runs.map((d) => d.longestSliceMs)))}); spotted again ${m((d) => d.rematchedChars)} chars`,
  ];
}

function startupLines(runs: PassResult[]): string {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.startup)))].sort();
  const parts = keys.map(
    (k) =>
      `${k.replace(`${START_MEASURE}-`, '').replace(START_MEASURE, 'main→pass')} ${f1(median(runs.map((r) => r.startup[k] ?? NaN)))}`,
  );
  return `  start-up (median ms; settings is an async storage read, mostly waiting): ${parts.join(', ')}`;
}

export async function run(): Promise<string> {
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(path.join(E2E_BUILD, 'manifest.json'))) {
    const built = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    if (built.status !== 0) throw new Error('`wxt build --mode e2e` failed');
  }
  const article = generatePage('A 50 KB article', 50_000);
  const huge = generatePage('A 5 MB page', 5_000_000);
  const server = await serve({
    '/article.html': article,
    '/huge.html': huge,
    '/ticker.html': TICKER_PAGE,
  });
  const session = await launchChromium({ extensionDir: E2E_BUILD });
  // Wall-clock timings: on a loaded machine every number here grows.
  const lines: string[] = [
    `machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start`,
  ];
  try {
    await session.context.addInitScript(observeLongTasks);

    const small: PassResult[] = [];
    for (let i = 0; i < ARTICLE_RUNS; i++)
      small.push(await measurePass(session, `${server.origin}/article.html`));
    const d = small[0]!.cold;
    lines.push(
      `50 KB article (${d.chars} chars, ${d.marks} marks), ${ARTICLE_RUNS} fresh loads (target ≤ 5 ms):`,
      ...phaseLines(
        'cold pass (first in the page)',
        small.map((r) => r.cold),
      ),
      ...phaseLines(
        'warm pass (second, same page)',
        small.map((r) => r.warm),
      ),
      startupLines(small),
      `  renderer script time from navigation to the end of the first pass (all of the content script's start-up and first pass, plus the harness's polling): median ${f2(median(small.map((r) => r.scriptMsToFirstPass)))} ms`,
      `  raw TreeWalker reading every text node: median ${f2(median(small.map((r) => r.treeWalkerMs)))} ms (first walk ${f2(median(small.map((r) => r.treeWalkerFirstMs)))})`,
    );

    const big: PassResult[] = [];
    for (let i = 0; i < HUGE_RUNS; i++)
      big.push(await measurePass(session, `${server.origin}/huge.html`));
    const hd = big[0]!.cold;
    const walk = big.map((r) => r.treeWalkerMs);
    const ratio = (pick: (r: PassResult) => number) =>
      f1(median(big.map((r) => pick(r) / r.treeWalkerMs)));
    lines.push(
      `5 MB page (${(hd.chars / 1e6).toFixed(2)} M chars, ${hd.marks} marks), ${HUGE_RUNS} fresh loads:`,
      ...phaseLines(
        'cold pass',
        big.map((r) => r.cold),
      ),
      ...phaseLines(
        'warm pass',
        big.map((r) => r.warm),
      ),
      `  longest extension slice: ${f1(Math.max(...big.flatMap((r) => [r.cold.longestSliceMs, r.warm.longestSliceMs])))} ms (target ≤ 50 ms); longest long task during a pass (any cause, incl. rendering): ${f1(Math.max(...big.map((r) => r.longestTaskInPass)))} ms`,
      `  painted: ${median(big.map((r) => r.paintedRanges))} of ${hd.marks} marks (those near the viewport); next frame after a one-paragraph DOM change ${f1(median(big.map((r) => r.domChangeFrameMs)))} ms, after a 600 px scroll ${f1(median(big.map((r) => r.scrollFrameMs)))} ms (article page: ${f1(median(small.map((r) => r.domChangeFrameMs)))} and ${f1(median(small.map((r) => r.scrollFrameMs)))} ms)`,
      `  raw TreeWalker floor: median ${f1(median(walk))} ms (first walk ${f1(median(big.map((r) => r.treeWalkerFirstMs)))}) over ${(big[0]!.walkerChars / 1e6).toFixed(2)} M chars`,
      `  ratio to the floor (goal ≤ 2×): cold pass ${ratio((r) => r.cold.busyMs)}×, warm pass ${ratio((r) => r.warm.busyMs)}×; collect alone ${ratio((r) => r.warm.collectMs)}×, send alone ${ratio((r) => r.warm.sendMs)}×, highlight alone ${ratio((r) => r.warm.markMs)}×`,
    );

    const active = await tickerScriptMsPerSecond(session, `${server.origin}/ticker.html`);
    await setPaused(session, true);
    const paused = await tickerScriptMsPerSecond(session, `${server.origin}/ticker.html`);
    // The same 5 MB page with marking paused: the rendering floor of those frames.
    const bare = await session.context.newPage();
    await bare.goto(`${server.origin}/huge.html`, { timeout: 120_000 });
    await bare.waitForTimeout(1_000);
    const floor = await measureFrames(bare);
    await bare.close();
    lines.push(
      `5 MB page with marking paused: next frame after the DOM change ${f1(floor.domChangeFrameMs)} ms, after the scroll ${f1(floor.scrollFrameMs)} ms`,
    );
    await setPaused(session, false);
    lines.push(
      `Live ticker (20 updates/s, ${TICKER_SECONDS} s): renderer script time ${f1(active)} ms/s marking vs ${f1(paused)} ms/s paused → extension ≈ ${f1(active - paused)} ms/s`,
    );
  } finally {
    await session.close();
    await server.close();
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await run());
}
