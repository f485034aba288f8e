import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { ROOT } from './server';

/** Debian's firefox-esr package; override with FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The e2e Firefox build (production code plus the open-popup hook). */
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv2-e2e');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'backstory@backstory.invalid';
/** Pinned so tests know the moz-extension:// origin in advance. */
export const FIREFOX_EXTENSION_UUID = '6f1c7e52-3b0a-4c8e-9d1f-b4c3a2e10f00';
/** `moz-extension://<uuid>` of the installed extension. */
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
/** Page event the e2e build's content script turns into "open the popup for this tab". */
export const OPEN_POPUP_EVENT = 'backstory-e2e-open-popup';

/** Options for {@link launchFirefox}. */
export interface FirefoxOptions {
  /** Unpacked extension folder; defaults to the e2e build. */
  extensionDir?: string;
  /** Viewport of pages made by newPage(); defaults to 1280x800. */
  viewport?: { width: number; height: number };
  /**
   * `host:port` of an HTTP proxy that all traffic, loopback included, must go
   * through (see harness/proxy.ts): catches requests BiDi does not report,
   * such as the background page's.
   */
  proxy?: { host: string; port: number };
}

/** Firefox ESR with the built extension installed (temporarily, as with about:debugging). */
export interface FirefoxSession {
  browser: Browser;
  /** A new tab with the session's viewport and request recording. */
  newPage(): Promise<Page>;
  /**
   * Opens the popup page in a new tab for `page`'s tab, through the e2e hook
   * (the page dispatches {@link OPEN_POPUP_EVENT}; the content script asks the
   * background to open `popup.html?tabId=N`). Resolves once it has loaded.
   */
  openPopupFor(page: Page): Promise<Page>;
  /** Every request URL seen by any tab (web pages and the popup tab), in order. */
  requests: string[];
  /** Uncaught errors of any tab. */
  pageErrors: string[];
  /** console.error output of any tab, content scripts included: helps explain a failed wait. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/**
 * Launches headless Firefox ESR over WebDriver BiDi and installs the e2e
 * build. The extension UUID is pinned with `extensions.webextensions.uuids`.
 */
export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxSession> {
  const extensionDir = opts.extensionDir ?? FIREFOX_E2E_BUILD;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${extensionDir}; run the e2e global setup (wxt build -b firefox --mode e2e).`,
    );
  }
  const viewport = opts.viewport ?? { width: 1280, height: 800 };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: viewport,
    // Release builds ignore services.settings.server unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Keep Firefox itself quiet so recorded traffic is ours.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      // Remote settings sync (blocklists etc.), otherwise polled at start-up.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...(opts.proxy
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': opts.proxy.host,
            'network.proxy.http_port': opts.proxy.port,
            'network.proxy.ssl': opts.proxy.host,
            'network.proxy.ssl_port': opts.proxy.port,
            'network.proxy.share_proxy_settings': true,
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': true,
          }
        : {}),
    },
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('request', (request) => void requests.push(request.url()));
    page.on('pageerror', (error) => void pageErrors.push(`${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
  };
  const watchTarget = (target: Target) => {
    void target
      .page()
      .then((page) => page && watch(page))
      .catch(() => undefined);
  };
  browser.on('targetcreated', watchTarget);
  try {
    (await browser.pages()).forEach(watch);
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    watch(page);
    await page.setViewport(viewport);
    return page;
  }

  async function openPopupFor(page: Page): Promise<Page> {
    const before = new Set(await browser.pages());
    await page.evaluate((name) => window.dispatchEvent(new CustomEvent(name)), OPEN_POPUP_EVENT);
    // BiDi does not report navigations to moz-extension:// (the tab's url()
    // stays about:blank), so find the new tab and ask it where it is.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      for (const candidate of await browser.pages()) {
        if (before.has(candidate)) continue;
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${FIREFOX_EXTENSION_ORIGIN}/popup.html`)) {
          watch(candidate);
          await candidate.setViewport(viewport);
          await candidate.waitForFunction(() => document.readyState === 'complete', {
            timeout: 15_000,
          });
          return candidate;
        }
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`The e2e hook did not open the popup for ${page.url()}`);
  }

  return {
    browser,
    newPage,
    openPopupFor,
    requests,
    pageErrors,
    consoleErrors,
    close: () => browser.close(),
  };
}
