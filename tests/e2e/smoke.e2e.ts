import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { contentScriptReady, popupRendered, type ExtensionGlobals } from './harness/page-checks';

/** Rethrows a failed wait with the console errors seen so far (e.g. the content script's). */
const explain =
  (consoleErrors: string[]) =>
  (error: unknown): never => {
    throw new Error(`${String(error)}\nconsole errors:\n${consoleErrors.join('\n') || '(none)'}`);
  };

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium: the built extension', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads with the manifest we built', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.runtime.getManifest(),
    );
    expect(manifest.name).toBe('Backstory');
  });

  it('runs the content script on a local page and renders the popup for that tab', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/smoke.html`);
    await page
      .waitForFunction(contentScriptReady, undefined, { timeout: 15_000 })
      .catch(explain(session.consoleErrors));

    const popup = await session.openPopup(page);
    expect(popup.url()).toMatch(
      new RegExp(`^chrome-extension://${session.extensionId}/popup\\.html\\?tabId=\\d+$`),
    );
    await popup.waitForFunction(popupRendered, undefined, { timeout: 15_000 });
    expect(session.pageErrors).toEqual([]);
  });
});

describe('Firefox: the built extension', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs the content script on a local page and renders the popup for that tab', async () => {
    const page = await session.newPage();
    await page.goto(`${server.origin}/smoke.html`);
    await page
      .waitForFunction(contentScriptReady, { timeout: 15_000 })
      .catch(explain(session.consoleErrors));

    const popup = await session.openPopupFor(page);
    expect(await popup.evaluate(() => location.href)).toMatch(
      /^moz-extension:\/\/[0-9a-f-]+\/popup\.html\?tabId=\d+$/,
    );
    await popup.waitForFunction(popupRendered, { timeout: 15_000 });
    expect(session.pageErrors).toEqual([]);
  });
});
