/**
 * The options page in real Chromium and Firefox: corrupt stored settings
 * fall back to defaults, a bad user KB file lists every error and changes
 * nothing, a good one is used by the popup's search and can be removed,
 * reset to defaults, axe-core in light and dark themes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { NEWS_ARTICLES, startFixtureServer, type FixtureServer } from './harness/server';
import { contentScriptReady } from './harness/page-checks';
import { axeViolations, until, type PageRunner } from './harness/extension-page';
import { GOOD_USER_KB } from './user-kb-fixture';

type Ext = typeof import('wxt/browser').browser;

const DIR = mkdtempSync(join(tmpdir(), 'backstory-options-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const BAD_FILE = join(DIR, 'bad-kb.json');
const GOOD_FILE = join(DIR, 'good-kb.json');
const BAD = {
  entities: [
    { id: 'Bad Id', type: 'alien', name: '' },
    { id: 'idlib', type: 'place', name: 'Idlib again', aliases: [] },
  ],
  claims: [{ id: 'c', text: 'x', entityIds: ['nobody'], kind: 'rumour', sourceId: 'nowhere' }],
  sources: [],
};
writeFileSync(BAD_FILE, JSON.stringify(BAD));
writeFileSync(GOOD_FILE, JSON.stringify(GOOD_USER_KB));

interface Driven extends PageRunner {
  click(selector: string): Promise<void>;
  upload(selector: string, file: string): Promise<void>;
}

function storage(page: Driven): Promise<Record<string, unknown>> {
  return page.run(async () => {
    const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
    return (g.browser ?? g.chrome).storage.local.get<Record<string, unknown>>(null);
  }, null);
}

function setStorage(page: Driven, values: Record<string, unknown>): Promise<void> {
  return page.run(async (v) => {
    const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
    await (g.browser ?? g.chrome).storage.local.set(v);
  }, values);
}

interface Harness {
  /** The options page, freshly loaded. */
  openOptions(): Promise<Driven>;
  /** A popup for a tab on a news article. */
  openPopup(): Promise<Driven>;
}

function optionsSuite(
  name: string,
  make: () => Promise<{ harness: Harness; close(): Promise<void> }>,
) {
  describe(`${name}: options page`, () => {
    let h: Harness;
    let session: { close(): Promise<void> } | undefined;
    let page: Driven;
    beforeAll(async () => {
      const made = await make();
      h = made.harness;
      session = made;
      page = await h.openOptions();
    });
    afterAll(async () => {
      await session?.close();
    });

    it('falls back to defaults field by field when stored settings are garbage', async () => {
      await setStorage(page, {
        settings: { paused: 'maybe', hoverDelayMs: 650, markTypes: 'all', highlightStyle: 42 },
      });
      page = await h.openOptions();
      await until(page, () => document.body.dataset.ready === 'true', null, 'options ready');
      const shown = await page.run(
        () => ({
          delay: document.querySelector<HTMLInputElement>('#opt-delay')!.value,
          paused: document.querySelector<HTMLInputElement>('#opt-paused')!.checked,
          types: [
            ...document.querySelectorAll<HTMLInputElement>('input[name="markTypes"]:checked'),
          ].map((i) => i.value),
          style: document.querySelector<HTMLInputElement>('input[name="highlightStyle"]:checked')
            ?.value,
          corrupt: document.querySelector('[data-testid="corrupt-note"]') !== null,
        }),
        null,
      );
      expect(shown).toEqual({
        delay: '650',
        paused: false,
        types: ['person', 'place', 'organization', 'event', 'agreement'],
        style: 'underline',
        corrupt: true,
      });
      await setStorage(page, { settings: 'not even an object' });
      page = await h.openOptions();
      await until(page, () => document.body.dataset.ready === 'true', null, 'options ready');
      expect(
        await page.run(() => document.querySelector<HTMLInputElement>('#opt-delay')!.value, null),
      ).toBe('300');
    });

    it('has no axe-core violations', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    it('a bad KB file shows every error and changes nothing', async () => {
      const before = await storage(page);
      await page.upload('#userkb-file', BAD_FILE);
      await until(
        page,
        () => document.querySelector('[data-testid="userkb-errors"]') !== null,
        null,
        'errors',
      );
      const errors = await page.run(
        () =>
          [...document.querySelectorAll('[data-testid="userkb-errors"] li')].map(
            (li) => li.textContent ?? '',
          ),
        null,
      );
      expect(errors.length).toBe(7);
      expect(errors.join('\n')).toMatch(
        /kebab-case[\s\S]*alien[\s\S]*duplicate entity id "idlib"[\s\S]*rumour[\s\S]*nobody[\s\S]*nowhere/,
      );
      expect(await storage(page)).toEqual(before);
      expect(await axeViolations(page)).toEqual([]);
    });

    it('a good KB file is imported, searchable in the popup, and removable', async () => {
      await page.upload('#userkb-file', GOOD_FILE);
      await until(
        page,
        () =>
          /1 entities, 1 claims, 1 sources/.test(
            document.querySelector('[data-testid="userkb-current"]')?.textContent ?? '',
          ),
        null,
        'imported',
      );
      const stored = await storage(page);
      expect((stored.userKb as typeof GOOD_USER_KB).entities[0]!.id).toBe('test-person');

      const popup = await h.openPopup();
      await until(popup, () => document.body.dataset.ready === 'true', null, 'popup');
      await popup.run(() => {
        const input = document.querySelector<HTMLInputElement>('#search')!;
        input.value = 'zyxwv testperson';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, null);
      await until(
        popup,
        () => document.querySelector('[role="option"][data-id="test-person"]') !== null,
        null,
        'user entity in search',
      );

      await page.click('#userkb-remove');
      await until(
        page,
        () =>
          /No file imported/.test(
            document.querySelector('[data-testid="userkb-current"]')?.textContent ?? '',
          ),
        null,
        'removed',
      );
      expect((await storage(page)).userKb).toBeUndefined();
    });

    it('edits settings, lists and re-enables disabled sites, and resets to defaults', async () => {
      await setStorage(page, { settings: { disabledSites: ['example.com', 'news.example.org'] } });
      await until(
        page,
        () => document.querySelectorAll('.sites li').length === 2,
        null,
        'sites listed',
      );
      await page.click('button[aria-label="Turn back on: example.com"]');
      await until(
        page,
        () => document.querySelectorAll('.sites li').length === 1,
        null,
        'site removed',
      );
      await page.click('input[name="highlightStyle"][value="both"]');
      await page.click('input[name="markTypes"][value="place"]');
      await until(
        page,
        () =>
          /Saved/.test(document.querySelector('[data-testid="options-status"]')?.textContent ?? ''),
        null,
        'saved',
      );
      let s = (await storage(page)).settings as {
        disabledSites: string[];
        highlightStyle: string;
        markTypes: string[];
      };
      expect(s.disabledSites).toEqual(['news.example.org']);
      expect(s.highlightStyle).toBe('both');
      expect(s.markTypes).not.toContain('place');
      // Reset asks first; nothing changes until it is confirmed.
      await page.click('#opt-reset');
      await until(
        page,
        () => document.querySelector('#opt-reset-confirm') !== null,
        null,
        'reset confirmation',
      );
      expect(((await storage(page)).settings as typeof s).highlightStyle).toBe('both');
      await page.click('#opt-reset-confirm');
      await until(
        page,
        () =>
          /reset/i.test(
            document.querySelector('[data-testid="options-status"]')?.textContent ?? '',
          ),
        null,
        'reset',
      );
      s = (await storage(page)).settings as typeof s;
      expect(s).toEqual({
        paused: false,
        disabledSites: [],
        hoverDelayMs: 300,
        markTypes: ['person', 'place', 'organization', 'event', 'agreement'],
        highlightStyle: 'underline',
      });
    });
  });
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

optionsSuite('Chromium', async () => {
  const session: ChromiumSession = await launchChromium();
  const wrap = (p: import('playwright-core').Page): Driven => ({
    run: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      p.evaluate(fn as (a: unknown) => Promise<R>, arg as unknown),
    click: (sel) => p.click(sel),
    upload: (sel, file) => p.setInputFiles(sel, file),
  });
  let options: import('playwright-core').Page | undefined;
  const harness: Harness = {
    async openOptions() {
      options ??= await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.waitForFunction(() => document.body.dataset.ready === 'true');
      return wrap(options);
    },
    async openPopup() {
      const article = await session.context.newPage();
      await article.goto(`${server.origin}${NEWS_ARTICLES[0]}`);
      await article.waitForFunction(contentScriptReady, undefined, { timeout: 20_000 });
      return wrap(await session.openPopup(article));
    },
  };
  return { harness, close: () => session.close() };
});

describe('Chromium: dark theme', () => {
  it('popup and options have no axe-core violations in dark mode', async () => {
    const session = await launchChromium();
    try {
      const p = await session.context.newPage();
      await p.emulateMedia({ colorScheme: 'dark' });
      const run = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        p.evaluate(fn as (a: unknown) => Promise<R>, arg as unknown);
      const driven: Driven = {
        run,
        click: (s) => p.click(s),
        upload: (s, f) => p.setInputFiles(s, f),
      };
      for (const path of ['options.html', 'popup.html?entity=recep-tayyip-erdogan']) {
        await p.goto(`chrome-extension://${session.extensionId}/${path}`);
        await p.waitForFunction(() => document.body.dataset.ready === 'true');
        const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe('rgb(30, 31, 34)');
        expect(await axeViolations(driven)).toEqual([]);
      }
      // entity=ID opened the entity's full entry.
      expect(await p.evaluate(() => document.querySelector('.detail h2')?.textContent)).toBe(
        'Recep Tayyip Erdogan',
      );
    } finally {
      await session.close();
    }
  });
});

optionsSuite('Firefox', async () => {
  const session: FirefoxSession = await launchFirefox();
  const wrap = (p: import('puppeteer-core').Page): Driven => ({
    run: (fn, arg) => p.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: (sel) => p.click(sel),
    upload: async (sel, file) => {
      const input = await p.$(sel);
      if (!input) throw new Error(`no ${sel}`);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(file);
    },
  });
  // BiDi cannot navigate to moz-extension:// URLs; extension pages can navigate themselves.
  let ext: import('puppeteer-core').Page | undefined;
  async function extensionTab(): Promise<import('puppeteer-core').Page> {
    if (ext) return ext;
    const article = await session.newPage();
    await article.goto(`${server.origin}${NEWS_ARTICLES[0]}`);
    await article.waitForFunction(contentScriptReady, { timeout: 20_000 });
    ext = await session.openPopupFor(article);
    return ext;
  }
  const harness: Harness = {
    async openOptions() {
      const tab = await extensionTab();
      await tab.evaluate(() => location.assign('/options.html'));
      await new Promise((r) => setTimeout(r, 300));
      await tab.waitForFunction(
        () => location.pathname === '/options.html' && document.body?.dataset.ready === 'true',
        { timeout: 15_000 },
      );
      return wrap(tab);
    },
    async openPopup() {
      const article = await session.newPage();
      await article.goto(`${server.origin}${NEWS_ARTICLES[0]}`);
      await article.waitForFunction(contentScriptReady, { timeout: 20_000 });
      return wrap(await session.openPopupFor(article));
    },
  };
  return { harness, close: () => session.close() };
});
