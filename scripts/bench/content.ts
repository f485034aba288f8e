/**
 * Content script cost in real Chromium with the production build
 * (.output/chrome-mv3, built if missing), on generated pages served locally:
 * - a 50 KB article: main-thread time of the first annotation pass (target
 *   ≤ 5 ms), plus the script's start-up (KB and matcher load) before it;
 * - a 5 MB text page: the longest task the extension causes (target ≤ 50 ms),
 *   and the pass's main-thread time against a raw TreeWalker pass over the
 *   same page in the same run (the floor; goal ≤ 2×);
 * - a live ticker page: renderer script time per second with marking on vs
 *   paused (the extension must not burn CPU on a page that never rests).
 * The pass reports its own timings as a User Timing measure
 * (`backstory-annotate`, detail = AnnotateStats); long tasks come from a
 * PerformanceObserver installed before the page loads.
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
import { launchChromium, type ChromiumSession } from '../../tests/e2e/harness/chromium';
import type { ExtensionGlobals } from '../../tests/e2e/harness/page-checks';
import { ROOT } from '../../tests/e2e/harness/server';

const ARTICLE_RUNS = 9;
const HUGE_RUNS = 3;
const TICKER_SECONDS = 8;

interface PassDetail {
  chars: number;
  marks: number;
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  collectMs: number;
  matchMs: number;
  markMs: number;
  rematchedChars: number;
}

interface PassResult {
  detail: PassDetail;
  /** Start-up before the pass: main() to the first pass (KB, matcher, settings). */
  startupMs: number | null;
  /** Longest long task overlapping the pass window (any cause, incl. rendering it triggers). */
  longestTaskInPass: number;
  /** Raw TreeWalker over the same text nodes, in the page's main world. */
  treeWalkerMs: number;
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

async function measurePass(session: ChromiumSession, url: string): Promise<PassResult> {
  const page = await session.context.newPage();
  try {
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(
      () => performance.getEntriesByName('backstory-annotate').length > 0,
      undefined,
      { timeout: 120_000, polling: 100 },
    );
    // Let long-task entries for the last slices arrive.
    await page.waitForTimeout(200);
    return await page.evaluate(() => {
      const [pass] = performance.getEntriesByName('backstory-annotate') as PerformanceMeasure[];
      const [start] = performance.getEntriesByName('backstory-start') as PerformanceMeasure[];
      const from = pass!.startTime;
      const to = from + pass!.duration;
      const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
      const longest = Math.max(
        0,
        ...tasks.filter(([s, d]) => s < to && s + d > from).map(([, d]) => d),
      );
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      const treeWalkerMs = performance.now() - t0;
      if (chars === 0) throw new Error('empty page');
      return {
        detail: pass!.detail as PassDetail,
        startupMs: start ? start.duration : null,
        longestTaskInPass: longest,
        treeWalkerMs,
      };
    });
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const f1 = (n: number) => n.toFixed(1);

export async function run(): Promise<string> {
  if (!existsSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'))) {
    spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const article = generatePage('A 50 KB article', 50_000);
  const huge = generatePage('A 5 MB page', 5_000_000);
  const server = await serve({
    '/article.html': article,
    '/huge.html': huge,
    '/ticker.html': TICKER_PAGE,
  });
  const session = await launchChromium();
  // Wall-clock timings: on a loaded machine every number here grows.
  const lines: string[] = [
    `machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start`,
  ];
  try {
    await session.context.addInitScript(observeLongTasks);

    const small: PassResult[] = [];
    for (let i = 0; i < ARTICLE_RUNS; i++)
      small.push(await measurePass(session, `${server.origin}/article.html`));
    const busy = small.map((r) => r.detail.busyMs);
    const d = small[small.length - 1]!.detail;
    lines.push(
      `50 KB article (${d.chars} chars, ${d.marks} marks), ${ARTICLE_RUNS} fresh loads:`,
      `  annotate main-thread time: median ${f1(median(busy))} ms, min ${f1(Math.min(...busy))}, max ${f1(Math.max(...busy))} (target ≤ 5 ms)`,
      `    split (median): collect ${f1(median(small.map((r) => r.detail.collectMs)))} ms, match ${f1(median(small.map((r) => r.detail.matchMs)))} ms, highlight ${f1(median(small.map((r) => r.detail.markMs)))} ms`,
      `    matched again for late context: ${d.rematchedChars} chars`,
      `  start-up before the pass (KB + matcher load, settings): median ${f1(median(small.map((r) => r.startupMs ?? NaN)))} ms`,
      `  raw TreeWalker over the same page: median ${f1(median(small.map((r) => r.treeWalkerMs)))} ms`,
    );

    const big: PassResult[] = [];
    for (let i = 0; i < HUGE_RUNS; i++)
      big.push(await measurePass(session, `${server.origin}/huge.html`));
    const hb = big.map((r) => r.detail.busyMs);
    const walk = big.map((r) => r.treeWalkerMs);
    const ratio = big.map((r) => r.detail.busyMs / r.treeWalkerMs);
    const hd = big[big.length - 1]!.detail;
    lines.push(
      `5 MB page (${(hd.chars / 1e6).toFixed(2)} M chars, ${hd.marks} marks), ${HUGE_RUNS} fresh loads:`,
      `  longest extension slice: max ${f1(Math.max(...big.map((r) => r.detail.longestSliceMs)))} ms over ${median(big.map((r) => r.detail.slices))} slices (target ≤ 50 ms)`,
      `  longest long task during the pass (any cause, incl. rendering): max ${f1(Math.max(...big.map((r) => r.longestTaskInPass)))} ms`,
      `  matched again for late context: ${(hd.rematchedChars / 1e6).toFixed(2)} M chars`,
      `  annotate main-thread time: median ${f1(median(hb))} ms (collect ${f1(median(big.map((r) => r.detail.collectMs)))}, match ${f1(median(big.map((r) => r.detail.matchMs)))}, highlight ${f1(median(big.map((r) => r.detail.markMs)))})`,
      `  raw TreeWalker floor: median ${f1(median(walk))} ms → ratio ${f1(median(ratio))}× (goal ≤ 2×)`,
    );

    const active = await tickerScriptMsPerSecond(session, `${server.origin}/ticker.html`);
    await setPaused(session, true);
    const paused = await tickerScriptMsPerSecond(session, `${server.origin}/ticker.html`);
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
