import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from './server';
import type { ExtensionGlobals } from './page-checks';

/** Debian's chromium package; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** The production Chrome build, made by the e2e global setup. */
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

/** Options for {@link launchChromium}. */
export interface ChromiumOptions {
  /** Unpacked extension folder; defaults to the production build. */
  extensionDir?: string;
  /** Viewport of new pages; defaults to 1280x800 (the store screenshot size). */
  viewport?: { width: number; height: number };
  /**
   * `host:port` of an HTTP proxy that all traffic, loopback included, must go
   * through (see harness/proxy.ts).
   */
  proxy?: string;
  /** Extra Chromium switches. */
  args?: string[];
}

/** Chromium with the built extension loaded. */
export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's id, from its service worker URL. */
  extensionId: string;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  /**
   * Opens `popup.html?tabId=N` in a new tab, N being the tab of `forTab` (a
   * page, or the URL of an open page). Without it: the most recently opened
   * web page, if any. Resolves once the popup document has loaded.
   */
  openPopup(forTab?: Page | string): Promise<Page>;
  /** Every request URL the browser made (pages, frames, the service worker), in order. */
  requests: string[];
  /** Uncaught errors of any page (web pages and extension pages). */
  pageErrors: string[];
  /** console.error output of any page, content scripts included: helps explain a failed wait. */
  consoleErrors: string[];
  close(): Promise<void>;
}

function isWebPage(page: Page): boolean {
  return /^(https?|file):/.test(page.url());
}

/**
 * Launches headless Debian Chromium with the built extension, in a throwaway
 * profile. Background networking, component updates and sync are switched
 * off so any request recorded comes from the pages or the extension.
 */
export async function launchChromium(opts: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionDir = opts.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}; run the e2e global setup (wxt build).`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(opts.proxy
          ? [`--proxy-server=http://${opts.proxy}`, '--proxy-bypass-list=<-loopback>']
          : []),
        ...(opts.args ?? []),
      ],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.on('request', (request) => requests.push(request.url()));
  const watchErrors = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watchErrors);
  context.on('page', watchErrors);

  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const serviceWorker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  /** The browser's tab id for a page: make it the active tab, then ask the extension. */
  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    if (id === undefined) throw new Error(`No tab id for ${page.url()}`);
    return id;
  }

  async function openPopup(forTab?: Page | string): Promise<Page> {
    const target =
      typeof forTab === 'string'
        ? context.pages().find((page) => page.url() === forTab)
        : (forTab ?? context.pages().filter(isWebPage).at(-1));
    if (typeof forTab === 'string' && !target) throw new Error(`No open page at ${forTab}`);
    const query = target ? `?tabId=${await tabIdOf(target)}` : '';
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
    return popup;
  }

  return {
    context,
    extensionId,
    serviceWorker,
    openPopup,
    requests,
    pageErrors,
    consoleErrors,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
