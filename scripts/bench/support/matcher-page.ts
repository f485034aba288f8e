/**
 * Matcher load in a real page (issue 4: "loads from its compiled form in a
 * page in ≤ 30 ms"): the matcher library, bundled by Vite as the extension's
 * is, loads the 100,000-alias KB in a fresh Chromium, once per browser
 * launch, so its code is as cold as in a new service worker. The packed form
 * (what the extension ships) and the JSON form are timed in separate
 * launches. Fetching the bytes from a local server is timed apart: in the
 * extension they come from the installed package.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROMIUM_PATH } from '../../../tests/e2e/harness/chromium';
import { median } from './stats';

const LIBRARY = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../lib/matcher/index.ts',
);

/** The matcher library as one classic script defining `BackstoryMatcher`. */
async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: LIBRARY, formats: ['iife'], name: 'BackstoryMatcher' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  return output.output[0].code;
}

/** One cold load in a fresh browser: fetch time, then load time, in the page. */
interface PageLoad {
  fetchMs: number;
  loadMs: number;
  mentions: number;
}

type Form = 'packed' | 'json';

async function loadOnce(origin: string, form: Form): Promise<PageLoad> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    return await page.evaluate(async (which): Promise<PageLoad> => {
      type Loaded = { findMentions(text: string): unknown[] };
      const lib = (
        globalThis as unknown as {
          BackstoryMatcher: {
            loadPackedMatcher(bytes: Uint8Array): Loaded;
            loadMatcher(data: unknown): Loaded;
          };
        }
      ).BackstoryMatcher;
      const t0 = performance.now();
      const response = await fetch(which === 'packed' ? '/matcher.bin' : '/matcher.json');
      const data =
        which === 'packed' ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      const t1 = performance.now();
      const matcher =
        which === 'packed'
          ? lib.loadPackedMatcher(data as Uint8Array)
          : lib.loadMatcher(JSON.parse(data as string));
      const t2 = performance.now();
      return {
        fetchMs: t1 - t0,
        loadMs: t2 - t1,
        mentions: matcher.findMentions(document.body.textContent ?? '').length,
      };
    }, form);
  } finally {
    await browser.close();
  }
}

/** Times `runs` cold loads of each form; `text` is the page's text (a mention proves the load worked). */
export async function measureLoadInPage(
  packed: Uint8Array,
  json: string,
  text: string,
  runs: number,
): Promise<Record<Form, { fetchMs: number; loadMs: number; loadMax: number; mentions: number }>> {
  const script = await bundle();
  const page = `<!doctype html><meta charset="utf-8"><script src="/matcher.js"></script><p>${text.replace(/[<&]/g, ' ')}</p>`;
  const server = createServer((req, res) => {
    const body =
      req.url === '/matcher.bin'
        ? Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength)
        : req.url === '/matcher.json'
          ? json
          : req.url === '/matcher.js'
            ? script
            : page;
    const type =
      req.url === '/matcher.js'
        ? 'text/javascript'
        : req.url === '/'
          ? 'text/html'
          : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const out = {} as Record<
      Form,
      { fetchMs: number; loadMs: number; loadMax: number; mentions: number }
    >;
    for (const form of ['packed', 'json'] as const) {
      const loads: PageLoad[] = [];
      for (let i = 0; i < runs; i++) loads.push(await loadOnce(origin, form));
      out[form] = {
        fetchMs: median(loads.map((l) => l.fetchMs)),
        loadMs: median(loads.map((l) => l.loadMs)),
        loadMax: Math.max(...loads.map((l) => l.loadMs)),
        mentions: loads[0]!.mentions,
      };
    }
    return out;
  } finally {
    server.close();
  }
}
