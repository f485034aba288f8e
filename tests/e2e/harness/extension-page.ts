/**
 * Helpers for tests that drive an extension page (popup, options) the same
 * way in Playwright and Puppeteer: polling for a condition inside the page
 * and running axe-core in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server';

/** What the helpers need from a page: run a function inside it. */
export interface PageRunner {
  run<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Polls `fn` in the page until it returns true; throws naming `what` after `timeout` ms. */
export async function until<A>(
  page: PageRunner,
  fn: (arg: A) => boolean,
  arg: A,
  what: string,
  timeout = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.run(fn, arg).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Injects axe-core once and returns its violations as `id: [targets]` lines. */
export async function axeViolations(page: PageRunner): Promise<string[]> {
  await page.run((src) => {
    if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(src);
  }, AXE);
  return page.run(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, null);
}
