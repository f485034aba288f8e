import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { NEWS_ARTICLES, startFixtureServer, type FixtureServer } from './harness/server';
import { contentScriptReady, firstMarkInView, popupRendered } from './harness/page-checks';
import { startRecordingProxy, type RecordingProxy } from './harness/proxy';

/**
 * "Nothing leaves the machine": while a news page is annotated, a name is
 * hovered and the popup is used (page claims, search typed), every request
 * the browser records must go to the local fixture server or stay inside the
 * extension. Canary requests from each context prove the recorders see them.
 */

const SEARCH_BOX =
  'input[type="search"], [role="searchbox"], input:not([type]), input[type="text"]';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/**
 * Requests that leave the machine or go anywhere but the test server and the
 * extension. Any extension origin counts as the extension: only ours is
 * installed, and Chrome serves web-accessible resources with
 * `use_dynamic_url` from a per-session origin instead of the extension id.
 */
function outsiders(requests: string[], extensionScheme: string): string[] {
  const allowed = [`${server.origin}/`, extensionScheme, 'data:', 'blob:'];
  return requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
}

describe('Chromium: no request leaves the machine', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('while annotating a news page, hovering a name and using the popup', async () => {
    const page = await session.context.newPage();
    for (const path of NEWS_ARTICLES) {
      await page.goto(server.origin + path);
      await page.waitForFunction(contentScriptReady, undefined, { timeout: 15_000 });
    }
    // Dwell on a marked name so its card opens.
    const mark = await page.evaluate(firstMarkInView);
    expect(mark).toBeDefined();
    await page.mouse.move(mark!.x, mark!.y);
    await page.waitForTimeout(1000);

    const popup = await session.openPopup(page);
    await popup.waitForFunction(popupRendered, undefined, { timeout: 15_000 });
    const search = popup.locator(SEARCH_BOX).first();
    if ((await search.count()) > 0) {
      await search.pressSequentially('Erdogan', { delay: 30 });
      await popup.waitForTimeout(500);
      await search.fill('');
      await search.pressSequentially('Idlib', { delay: 30 });
    }
    await popup.waitForTimeout(1000);

    expect(outsiders(session.requests, 'chrome-extension://')).toEqual([]);

    // Canaries: the recorder sees the web page, the popup and the service worker.
    await page.evaluate(
      (url) => fetch(url, { mode: 'no-cors' }).then(() => true),
      `${server.origin}/canary-page`,
    );
    await popup.evaluate(
      (url) => fetch(url, { mode: 'no-cors' }).then(() => true),
      `${server.origin}/canary-popup`,
    );
    await session.serviceWorker.evaluate(
      (url) => fetch(url, { mode: 'no-cors' }).then(() => true),
      `${server.origin}/canary-worker`,
    );
    await expect
      .poll(() => session.requests.filter((url) => url.includes('/canary-')).length)
      .toBe(3);
    expect(session.requests).toContain(`${server.origin}${NEWS_ARTICLES[0]}`);
  });
});

describe('Firefox: no request leaves the machine', () => {
  // BiDi reports tab traffic only; the background page's would go unseen, so
  // all Firefox traffic also goes through a recording proxy that forwards
  // only to the fixture server.
  let proxy: RecordingProxy;
  let session: FirefoxSession;
  beforeAll(async () => {
    proxy = await startRecordingProxy(server.origin);
    session = await launchFirefox({ proxy: { host: '127.0.0.1', port: proxy.port } });
  });
  afterAll(async () => {
    await session?.close();
    await proxy?.close();
  });

  it('while annotating a news page, hovering a name and using the popup', async () => {
    const page = await session.newPage();
    for (const path of NEWS_ARTICLES) {
      await page.goto(server.origin + path);
      await page.waitForFunction(contentScriptReady, { timeout: 15_000 });
    }
    const mark = await page.evaluate(firstMarkInView);
    expect(mark).toBeDefined();
    await page.mouse.move(mark!.x, mark!.y);
    await new Promise((done) => setTimeout(done, 1000));

    const popup = await session.openPopupFor(page);
    // Reload so the popup's own start-up requests happen while it is watched
    // (page.reload() waits for navigation events BiDi does not send for
    // moz-extension:// pages, hence the marker).
    await popup.evaluate(() => {
      (window as { beforeReload?: true }).beforeReload = true;
      location.reload();
    });
    await popup.waitForFunction(
      () => !(window as { beforeReload?: true }).beforeReload && document.readyState === 'complete',
      { timeout: 15_000 },
    );
    await popup.waitForFunction(popupRendered, { timeout: 15_000 });
    const search = await popup.$(SEARCH_BOX);
    if (search) {
      await search.type('Erdogan', { delay: 30 });
      await new Promise((done) => setTimeout(done, 500));
      await search.click({ count: 3 });
      await search.type('Idlib', { delay: 30 });
    }
    await new Promise((done) => setTimeout(done, 1000));

    expect(outsiders(session.requests, 'moz-extension://')).toEqual([]);
    expect(outsiders(proxy.seen, 'moz-extension://')).toEqual([]);

    await page.evaluate(
      (url) => fetch(url, { mode: 'no-cors' }).then(() => true),
      `${server.origin}/canary-page`,
    );
    await popup.evaluate(
      (url) => fetch(url, { mode: 'no-cors' }).then(() => true),
      `${server.origin}/canary-popup`,
    );
    await expect
      .poll(() => session.requests.filter((url) => url.includes('/canary-')).length)
      .toBe(2);
    expect(proxy.seen.filter((url) => url.includes('/canary-'))).toHaveLength(2);
    expect(session.requests).toContain(`${server.origin}${NEWS_ARTICLES[0]}`);
  });
});
