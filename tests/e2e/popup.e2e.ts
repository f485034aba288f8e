/**
 * The popup in real Chromium and Firefox, for a tab on a fixture news
 * article: its entities and claims, typo-tolerant search with the keyboard,
 * the site switch turning the page's highlights off and on, axe-core, pages
 * the content script cannot run on, and corrupt stored settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { contentScriptReady } from './harness/page-checks';
import { axeViolations, until, type PageRunner } from './harness/extension-page';
import { NEWS_ARTICLES, startFixtureServer, type FixtureServer } from './harness/server';

/** The extension API object inside extension pages. */
type Ext = typeof import('wxt/browser').browser;

/** What the tests need from a page, the same for Playwright and Puppeteer. */
interface Driven extends PageRunner {
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
}

/** Sets the search box like typing does (one input event). */
async function search(popup: Driven, text: string): Promise<void> {
  await popup.run((value) => {
    const input = document.querySelector<HTMLInputElement>('#search')!;
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

function options(
  popup: Driven,
): Promise<{ id: string; kind: string; selected: string; marks: string[] }[]> {
  return popup.run(
    () =>
      [...document.querySelectorAll('[role="option"]')].map((o) => ({
        id: o.getAttribute('data-id') ?? '',
        kind: o.getAttribute('data-kind') ?? '',
        selected: o.getAttribute('aria-selected') ?? '',
        marks: [...o.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      })),
    null,
  );
}

/** Runs in the page: whether its backstory-* CSS highlights hold any range (`some`) or none. */
function pageHighlights(want: 'some' | 'none'): boolean {
  let n = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) n += h.size;
  return want === 'some' ? n > 0 : n === 0;
}

interface Harness {
  /** Opens the fixture article and the popup for its tab. */
  openArticle(path: string): Promise<{ article: Driven; popup: Driven }>;
  /** Popup for a tab where no content script runs. */
  openUnscriptable(): Promise<Driven>;
  /** Writes raw values into the extension's storage.local. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  pageErrors(): string[];
}

function popupSuite(
  name: string,
  make: () => Promise<{ harness: Harness; close(): Promise<void> }>,
) {
  describe(`${name}: popup`, () => {
    let h: Harness;
    let session: { close(): Promise<void> } | undefined;
    let article: Driven;
    let popup: Driven;

    beforeAll(async () => {
      const made = await make();
      h = made.harness;
      session = made;
      ({ article, popup } = await h.openArticle(NEWS_ARTICLES[0]!));
    });
    afterAll(async () => {
      await session?.close();
    });

    it('opens with the search box focused', async () => {
      await until(popup, () => document.body.dataset.ready === 'true', null, 'popup ready');
      expect(await popup.run(() => document.activeElement?.id, null)).toBe('search');
    });

    it('lists the entities on the page with counts, and their claims with sources', async () => {
      await until(
        popup,
        () => document.querySelectorAll('.page-entities li').length > 0,
        null,
        'page entities',
      );
      const entities = await popup.run(
        () =>
          [...document.querySelectorAll('.page-entities li')].map((li) => ({
            id: li.getAttribute('data-entity-id'),
            count: Number(li.querySelector('.count')?.textContent),
          })),
        null,
      );
      const ids = entities.map((e) => e.id);
      expect(ids).toEqual(
        expect.arrayContaining(['recep-tayyip-erdogan', 'idlib', 'hulusi-akar', 'barcin-yinanc']),
      );
      for (const e of entities) expect(e.count).toBeGreaterThan(0);
      // Most mentioned first.
      const counts = entities.map((e) => e.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));

      const claims = await popup.run(
        () =>
          [...document.querySelectorAll('.page .claim')].map((c) => ({
            id: c.getAttribute('data-claim-id'),
            quote: c.querySelector('.claim-quote')?.textContent ?? '',
            source: c.querySelector('.claim-source')?.textContent ?? '',
            badges: [...c.querySelectorAll('[data-link-type]')].map((b) =>
              b.getAttribute('data-link-type'),
            ),
          })),
        null,
      );
      const threat = claims.find((c) => c.id === 'erdogan-threat-everywhere-in-syria');
      expect(threat?.quote).toContain('everywhere in Syria');
      expect(threat?.source).toMatch(/Kootneeti|Turkey/i);
      // 3.6 vs 3.7 million refugees: a conflict badge.
      expect(claims.find((c) => c.id === 'turkey-hosts-3-6-million-refugees')?.badges).toContain(
        'conflicts',
      );
      expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
      const live = await popup.run(
        () => document.querySelector('[data-testid="page-live"]')?.textContent,
        null,
      );
      expect(live).toMatch(/\d+ names and \d+ related claims/);
    });

    it('clicking an entity on the page list scrolls the page to it and opens its card', async () => {
      await until(
        popup,
        () => document.querySelector('.page-entities li:not([hidden])') !== null,
        null,
        'page entities',
      );
      const id = await popup.run(
        () =>
          document.querySelector('.page-entities li:not([hidden])')?.getAttribute('data-entity-id'),
        null,
      );
      expect(id).toBeTruthy();
      await popup.click(`.page-entities li[data-entity-id="${id}"] button`);
      await until(
        article,
        (want) =>
          document
            .querySelector('backstory-ui')
            ?.shadowRoot?.querySelector('.bs-card')
            ?.getAttribute('data-entity-id') === want,
        id,
        'the card of the clicked entity on the page',
      );
      expect(await article.run(() => CSS.highlights.get('backstory-focus')?.size ?? 0, null)).toBe(
        1,
      );
    });

    it('has no axe-core violations on the page view', async () => {
      expect(await axeViolations(popup)).toEqual([]);
    });

    it.each([
      ['erdgan', 'recep-tayyip-erdogan'],
      ['hulusi akr', 'hulusi-akar'],
      ['yincan', 'barcin-yinanc'],
      ['idleb', 'idlib'],
    ])('search %j finds %s first, with highlighted text', async (query, id) => {
      await search(popup, query);
      await until(
        popup,
        () => document.querySelectorAll('[role="option"]').length > 0,
        null,
        'results',
      );
      const [first] = await options(popup);
      expect(first?.id).toBe(id);
      expect(first?.selected).toBe('true');
      expect(first?.marks.join('').length).toBeGreaterThan(1);
    });

    it('moves with the arrow keys and opens the entry with Enter', async () => {
      await search(popup, 'peskov');
      await until(
        popup,
        () => document.querySelectorAll('[role="option"]').length > 1,
        null,
        'results',
      );
      await popup.press('ArrowDown');
      let opts = await options(popup);
      expect(opts[1]?.selected).toBe('true');
      expect(
        await popup.run(
          () => document.querySelector('#search')?.getAttribute('aria-activedescendant'),
          null,
        ),
      ).toBe('result-1');
      await popup.press('ArrowUp');
      opts = await options(popup);
      expect(opts[0]?.id).toBe('dmitry-peskov');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.press('Enter');
      await until(
        popup,
        () => document.querySelector('[data-entity-id="dmitry-peskov"] h2') !== null,
        null,
        'detail',
      );
      const detail = await popup.run(
        () => ({
          name: document.querySelector('.detail h2')?.textContent,
          role: document.querySelector('.detail .entity-type')?.textContent,
          focused: document.activeElement?.id,
          claims: document.querySelectorAll('.detail .claim').length,
          names: [...document.querySelectorAll('.detail p.muted')]
            .map((p) => p.textContent)
            .join('|'),
        }),
        null,
      );
      expect(detail.name).toBe('Dmitry Peskov');
      // His other names, but not their case forms ("Пескова").
      expect(detail.names).toContain('Дмитрий Песков');
      expect(detail.names).not.toContain('Пескова');
      // The role is dated by its source: offices change.
      expect(detail.role).toMatch(/ \(Feb 2020\)$/);
      expect(detail.focused).toBe('detail-name');
      expect(detail.claims).toBeGreaterThan(0);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.click('.back');
    });

    it('says clearly when nothing matches', async () => {
      await search(popup, 'qqxxzz');
      await until(
        popup,
        () => document.querySelector('[data-state="no-results"]') !== null,
        null,
        'no results',
      );
      const live = await popup.run(
        () => document.querySelector('[data-testid="search-live"]')?.textContent,
        null,
      );
      expect(live).toContain('qqxxzz');
      await search(popup, '');
    });

    it('the site switch removes the page highlights and brings them back', async () => {
      await until(article, contentScriptReady, null, 'content script');
      expect(await article.run(pageHighlights, 'some')).toBe(true);
      await until(
        popup,
        () => !(document.querySelector<HTMLInputElement>('#switch-site')?.disabled ?? true),
        null,
        'site switch enabled',
      );
      expect(
        await popup.run(
          () => document.querySelector<HTMLInputElement>('#switch-site')!.checked,
          null,
        ),
      ).toBe(true);
      await popup.click('#switch-site');
      await until(article, pageHighlights, 'none', 'highlights gone');
      await until(
        popup,
        () => document.querySelector('[data-state="inactive"]') !== null,
        null,
        'inactive state',
      );
      await popup.click('#switch-site');
      await until(article, pageHighlights, 'some', 'highlights back');
      await until(
        popup,
        () => document.querySelectorAll('.page-entities li').length > 0,
        null,
        'entities back',
      );
    });

    it('pause everywhere also removes them, and persists', async () => {
      await popup.click('#switch-pause');
      await until(article, pageHighlights, 'none', 'highlights gone on pause');
      const stored = await popup.run(async () => {
        const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
        const api = g.browser ?? g.chrome;
        return api.storage.local.get<{ settings?: { paused?: boolean } }>('settings');
      }, null);
      expect(stored.settings?.paused).toBe(true);
      await popup.click('#switch-pause');
      await until(article, pageHighlights, 'some', 'highlights back after pause');
    });

    it('on a page without the content script it says so and search still works', async () => {
      const other = await h.openUnscriptable();
      await until(
        other,
        () => document.querySelector('[data-state="unavailable"]') !== null,
        null,
        'unavailable state',
      );
      expect(
        await other.run(
          () => document.querySelector<HTMLInputElement>('#switch-site')?.disabled,
          null,
        ),
      ).toBe(true);
      await search(other, 'erdgan');
      await until(
        other,
        () => document.querySelectorAll('[role="option"]').length > 0,
        null,
        'results',
      );
      expect((await options(other))[0]?.id).toBe('recep-tayyip-erdogan');
    });

    it('survives garbage in stored settings', async () => {
      await h.setStorage({ settings: '{not json', userKb: 12 });
      const { popup: again } = await h.openArticle(NEWS_ARTICLES[1]!);
      await until(again, () => document.body.dataset.ready === 'true', null, 'popup ready');
      await until(
        again,
        () => document.querySelectorAll('.page-entities li').length > 0,
        null,
        'entities',
      );
      expect(
        await again.run(
          () => document.querySelector<HTMLInputElement>('#switch-pause')!.checked,
          null,
        ),
      ).toBe(false);
      await h.setStorage({ settings: null, userKb: null });
      expect(h.pageErrors()).toEqual([]);
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

popupSuite('Chromium', async () => {
  const session: ChromiumSession = await launchChromium();
  const wrap = (page: import('playwright-core').Page): Driven => ({
    run: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (a: unknown) => Promise<R>, arg as unknown),
    press: (key) => page.keyboard.press(key),
    click: (sel) => page.click(sel),
  });
  const harness: Harness = {
    async openArticle(path) {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}${path}`);
      await page.waitForFunction(contentScriptReady, undefined, { timeout: 20_000 });
      const popup = await session.openPopup(page);
      return { article: wrap(page), popup: wrap(popup) };
    },
    async openUnscriptable() {
      const page = await session.context.newPage();
      await page.goto('about:blank');
      return wrap(await session.openPopup(page.url()));
    },
    async setStorage(values) {
      await session.serviceWorker.evaluate(async (v) => {
        const { chrome } = globalThis as unknown as { chrome: Ext };
        for (const [k, val] of Object.entries(v)) {
          if (val === null) await chrome.storage.local.remove(k);
          else await chrome.storage.local.set({ [k]: val });
        }
      }, values);
    },
    pageErrors: () => session.pageErrors,
  };
  return { harness, close: () => session.close() };
});

popupSuite('Firefox', async () => {
  const session: FirefoxSession = await launchFirefox();
  const wrap = (page: import('puppeteer-core').Page): Driven => ({
    run: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    press: (key) => page.keyboard.press(key as import('puppeteer-core').KeyInput),
    click: (sel) => page.click(sel),
  });
  let lastPopup: import('puppeteer-core').Page | undefined;
  const harness: Harness = {
    async openArticle(path) {
      const page = await session.newPage();
      await page.goto(`${server.origin}${path}`);
      await page.waitForFunction(contentScriptReady, { timeout: 20_000 });
      lastPopup = await session.openPopupFor(page);
      return { article: wrap(page), popup: wrap(lastPopup) };
    },
    async openUnscriptable() {
      // No content script there, so no e2e hook: point an open popup tab at a new about:blank tab.
      const popup = lastPopup!;
      const id = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: Ext }).browser;
        return (await api.tabs.create({ url: 'about:blank', active: false })).id;
      });
      if (id === undefined) throw new Error('no tab id for about:blank');
      await popup.evaluate((tabId) => location.assign(`/popup.html?tabId=${tabId}`), id);
      await new Promise((r) => setTimeout(r, 300));
      await popup.waitForFunction(() => document.body?.dataset.ready === 'true', {
        timeout: 15_000,
      });
      return wrap(popup);
    },
    async setStorage(values) {
      await lastPopup!.evaluate(async (v) => {
        const api = (globalThis as unknown as { browser: Ext }).browser;
        for (const [k, val] of Object.entries(v)) {
          if (val === null) await api.storage.local.remove(k);
          else await api.storage.local.set({ [k]: val });
        }
      }, values);
    },
    pageErrors: () => session.pageErrors,
  };
  return { harness, close: () => session.close() };
});
