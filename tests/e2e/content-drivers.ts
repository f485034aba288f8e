/**
 * One small interface over Playwright (Chromium) and Puppeteer over WebDriver
 * BiDi (Firefox), so the content-script suite runs the same steps in both.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { Request } from '@/lib/protocol';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import type { ExtensionGlobals } from './harness/page-checks';

/** The extension API inside extension contexts (`chrome` in Chromium, `browser` in Firefox). */
type ExtensionApi = ExtensionGlobals['chrome'];

/** A page-world function: serialised into the page. */
type PageFn<A, R> = (arg: A) => R | Promise<R>;

/** A web page under test. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: PageFn<A, R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: PageFn<A, boolean>, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Runs `action` and returns the URL of the tab it opens (the tab is closed). */
  newTabUrl(action: () => Promise<void>): Promise<string>;
  /** Sends a protocol message to this tab's content script, from an extension page. */
  sendToTab<T>(message: Request): Promise<T>;
  /** Writes `local:settings` in extension storage (as the popup would). */
  setSettings(settings: unknown): Promise<void>;
  /** Writes keys of extension storage (`local:userKb`, ...), as the options page would. */
  setStorage(items: Record<string, unknown>): Promise<void>;
  /** Console errors and uncaught exceptions of this page. */
  errors: string[];
  close(): Promise<void>;
}

/** A browser with the built extension. */
export interface TestBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

function watchErrors(
  page: {
    on(event: 'console', cb: (m: { type(): string; text(): string }) => void): unknown;
    on(event: 'pageerror', cb: (e: unknown) => void): unknown;
  },
  errors: string[],
): void {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
}

export async function chromiumBrowser(): Promise<TestBrowser> {
  const session: ChromiumSession = await launchChromium();
  const sw = session.serviceWorker;
  return {
    name: 'chromium',
    async newPage() {
      const page: PwPage = await session.context.newPage();
      const errors: string[] = [];
      watchErrors(page, errors);
      const setStorage = async (items: Record<string, unknown>): Promise<void> => {
        await sw.evaluate(
          (value) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set(value),
          items,
        );
      };
      /** Without the "tabs" permission tab URLs are hidden: find the tab as the active one. */
      const tabId = async (): Promise<number> => {
        await page.bringToFront();
        return sw.evaluate(async () => {
          const api = (globalThis as unknown as ExtensionGlobals).chrome;
          const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
          if (tab?.id === undefined) throw new Error('no active tab');
          return tab.id;
        });
      };
      return {
        errors,
        async goto(url) {
          await page.goto(url);
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async waitFor(fn, arg, timeoutMs = 10_000) {
          await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
        },
        async mouseMove(x, y, steps = 8) {
          await page.mouse.move(x, y, { steps });
        },
        async press(key) {
          await page.keyboard.press(key);
        },
        async click(selector) {
          await page.click(selector);
        },
        async mouseClick(x, y) {
          await page.mouse.click(x, y);
        },
        async newTabUrl(action) {
          const [opened] = await Promise.all([session.context.waitForEvent('page'), action()]);
          await opened.waitForLoadState();
          const url = opened.url();
          await opened.close();
          return url;
        },
        async sendToTab<T>(message: Request) {
          const id = await tabId();
          const reply: unknown = await sw.evaluate(
            ([tab, msg]) =>
              (globalThis as unknown as ExtensionGlobals).chrome.tabs.sendMessage(tab, msg),
            [id, message] as const,
          );
          return reply as T;
        },
        setSettings: (settings) => setStorage({ settings }),
        setStorage,
        close: () => page.close(),
      };
    },
    close: () => session.close(),
  };
}

export async function firefoxBrowser(): Promise<TestBrowser> {
  const session: FirefoxSession = await launchFirefox();
  return {
    name: 'firefox',
    async newPage() {
      const page: PpPage = await session.newPage();
      const errors: string[] = [];
      watchErrors(page as never, errors);
      let extPage: PpPage | null = null;
      /** The popup page opened for this tab: an extension page that can message the tab. */
      const extension = async (): Promise<PpPage> => {
        extPage ??= await session.openPopupFor(page);
        return extPage;
      };
      const setStorage = async (items: Record<string, unknown>): Promise<void> => {
        const ext = await extension();
        await ext.evaluate((value) => {
          const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
          return api.storage.local.set(value);
        }, items as never);
        await page.bringToFront();
      };
      return {
        errors,
        async goto(url) {
          await page.goto(url);
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        async waitFor(fn, arg, timeoutMs = 10_000) {
          await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
        },
        async mouseMove(x, y, steps = 8) {
          await page.mouse.move(x, y, { steps });
        },
        async press(key) {
          await page.keyboard.press(key as never);
        },
        async click(selector) {
          await page.click(selector);
        },
        async mouseClick(x, y) {
          await page.mouse.click(x, y);
        },
        async newTabUrl(action) {
          const before = new Set(await session.browser.pages());
          await action();
          // BiDi does not report navigations to moz-extension:// URLs: ask each new tab.
          const deadline = Date.now() + 10_000;
          while (Date.now() < deadline) {
            for (const candidate of await session.browser.pages()) {
              if (before.has(candidate)) continue;
              const href = await candidate.evaluate(() => location.href).catch(() => '');
              if (href && href !== 'about:blank') {
                await candidate.close();
                return href;
              }
            }
            await new Promise((done) => setTimeout(done, 100));
          }
          throw new Error('no new tab opened');
        },
        async sendToTab<T>(message: Request) {
          const ext = await extension();
          // The page's tab in front first: focus moves only in the active tab.
          await page.bringToFront();
          const reply: unknown = await ext.evaluate((msg) => {
            const tabId = Number(new URLSearchParams(location.search).get('tabId'));
            const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
            return api.tabs.sendMessage(tabId, msg);
          }, message);
          return reply as T;
        },
        setSettings: (settings) => setStorage({ settings }),
        setStorage,
        async close() {
          await extPage?.close().catch(() => undefined);
          await page.close();
        },
      };
    },
    close: () => session.close(),
  };
}
