/**
 * The content script in real Chromium and Firefox: highlights on news-like
 * pages (checked name for name against the pure pipeline), hover cards with
 * real pointer movement, dynamic pages, an SPA, a VDOM app, the keyboard
 * route and live settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/protocol';
import {
  chromiumBrowser,
  firefoxBrowser,
  type TestBrowser,
  type TestPage,
} from './content-drivers';
import { buildVdomFixture, entityIdByName, expectedMarks } from './content-expected';
import {
  cardBox,
  cardClosed,
  cardFocused,
  cardOpen,
  domAsServedAndNow,
  highlightSizes,
  personMarked,
  pointOverElement,
  pointOverMark,
  readCard,
  readHighlights,
  rememberedStillThere,
  seeAllPoint,
  rememberTextNodes,
  stopWatchingHighlight,
  watchHighlight,
} from './content-page';
import { contentScriptReady } from './harness/page-checks';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { GOOD_USER_KB } from './user-kb-fixture';

const TYPE_HIGHLIGHTS = [
  'backstory-person',
  'backstory-place',
  'backstory-organization',
  'backstory-event',
  'backstory-agreement',
];

/** Longer than the hover delay plus the hide grace: long enough for a card to (dis)appear. */
const SETTLE_MS = 900;
const settle = () => new Promise((done) => setTimeout(done, SETTLE_MS));

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  await buildVdomFixture();
});
afterAll(async () => {
  await server?.close();
});

const browsers: [string, () => Promise<TestBrowser>][] = [
  ['Chromium', chromiumBrowser],
  ['Firefox', firefoxBrowser],
];

describe.each(browsers)('%s: content script', (_name, launch) => {
  let browser: TestBrowser;
  let page: TestPage;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<TestPage> {
    page = await browser.newPage();
    await page.goto(`${server.origin}/${path}`);
    // Generous: the machine may be busy building or running other browsers.
    await page.waitFor(contentScriptReady, undefined, 30_000);
    return page;
  }

  async function closePage(): Promise<void> {
    await page.close();
  }

  it.each(['news-idlib-war.html', 'news-turkey-syria-dark.html', 'news-dark-app-wrapper.html'])(
    'marks %s exactly as the pure pipeline does, without touching the DOM',
    async (file) => {
      const p = await open(file);
      const marks = await p.evaluate(readHighlights);
      const expected = expectedMarks(file);
      for (const name of TYPE_HIGHLIGHTS) {
        const light = (marks[name] ?? []).filter((m) => !m.inShadow).map((m) => m.text);
        expect(light.sort(), name).toEqual(expected[name] ?? []);
      }
      // The default style registers each type under its underline alias too,
      // in colours for the background the page paints (the dark page's is
      // set by its own stylesheet, not the reader's colour scheme).
      const sizes = await p.evaluate(highlightSizes);
      const [line, otherLine] = file.includes('dark')
        ? ['backstory-dark-line-person', 'backstory-line-person']
        : ['backstory-line-person', 'backstory-dark-line-person'];
      expect(sizes[line]).toBe(sizes['backstory-person']);
      expect(sizes[otherLine]).toBeUndefined();
      expect(sizes['backstory-fill-person']).toBeUndefined();
      expect(sizes['backstory-dark-fill-person']).toBeUndefined();
      expect(sizes['backstory-focus']).toBe(0);

      const { served, now } = await p.evaluate(domAsServedAndNow);
      expect(now).toBe(served);
      expect(p.errors).toEqual([]);
      await closePage();
    },
  );

  it('sees names across inline tags, with diacritics, in open shadow roots, and never in code or form fields', async () => {
    const p = await open('news-idlib-war.html');
    const people = (await p.evaluate(readHighlights))['backstory-person'] ?? [];
    const akar = people.find((m) => m.text === 'Hulusi Akar');
    expect(akar).toMatchObject({ crossesNodes: true, startTag: 'P', endTag: 'B' });
    expect(people.find((m) => m.text === 'Dmitry Peskov')?.crossesNodes).toBe(true);
    expect(people.find((m) => m.text === 'Recep Tayyip Erdogan' && m.crossesNodes)).toBeDefined();
    expect(people.find((m) => m.text === 'Erdoğan')?.startTag).toBe('EM');
    expect(people.find((m) => m.text === 'Özgür Ünlühisarcıklı')?.startTag).toBe('A');

    const all = Object.entries(await p.evaluate(readHighlights))
      .filter(([name]) => TYPE_HIGHLIGHTS.includes(name))
      .flatMap(([, list]) => list);
    expect(all.filter((m) => m.inShadow).map((m) => m.text)).toEqual([
      expect.stringContaining('Hmeimim'),
    ]);
    const excluded = ['pre-block', 'comment', 'search', 'editor', 'hidden-note'];
    expect(all.filter((m) => excluded.includes(m.holderId) || m.startTag === 'CODE')).toEqual([]);
    await closePage();
  });

  it('shows a card after a real pointer dwells on a name; hoverable, Esc dismisses', async () => {
    const p = await open('news-idlib-war.html');
    const point = await p.evaluate(pointOverMark, 'Hulusi Akar');
    expect(point).not.toBeNull();
    await p.mouseMove(5, 5, 1);
    await p.mouseMove(point!.x, point!.y);
    await p.waitFor(cardOpen);
    const card = await p.evaluate(readCard);
    expect(card).toMatchObject({ name: 'Hulusi Akar', role: 'dialog', label: 'Hulusi Akar' });
    expect(card!.meta).toContain('Person');
    // The role is dated by its source: offices change.
    expect(card!.meta).toMatch(/Turkish Defence Minister \(Feb 2020\)$/);
    expect(card!.claims.length).toBeGreaterThan(0);
    expect(card!.claims.length).toBeLessThanOrEqual(3);
    for (const claim of card!.claims) {
      expect(claim.quote.length).toBeGreaterThan(0);
      expect(claim.source.length).toBeGreaterThan(0);
    }
    // "See all N claims" only when the card shows fewer than N.
    const seeAll = /^See all (\d+) claims$/.exec(card!.seeAll);
    if (seeAll) expect(Number(seeAll[1])).toBeGreaterThan(card!.claims.length);
    else expect(card!.seeAll).toBe('Open in Backstory');
    expect(card!.inViewport).toBe(true);
    expect(card!.styled).toBe(true);
    // Hovering does not steal keyboard focus.
    expect(card!.focusedInside).toBe(false);

    // The pointer travels onto the card: it stays (SC 1.4.13 hoverable).
    const cardPoint = await p.evaluate(() => {
      const el = document.querySelector('backstory-ui')!.shadowRoot!.querySelector('.bs-card')!;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + Math.min(30, r.height / 2) };
    });
    await p.mouseMove(cardPoint.x, cardPoint.y, 4);
    await settle();
    expect(await p.evaluate(cardOpen)).toBe(true);

    // Back on the name the same card stays; Esc dismisses it, and it stays
    // dismissed while the pointer rests on the name.
    await p.mouseMove(point!.x, point!.y, 2);
    await settle();
    expect(await p.evaluate(cardOpen)).toBe(true);
    await p.press('Escape');
    await p.waitFor(cardClosed);
    await p.mouseMove(point!.x + 1, point!.y, 1);
    await settle();
    expect(await p.evaluate(cardClosed)).toBe(true);

    // Plain text next to names opens nothing; leaving and coming back reopens.
    const plain = await p.evaluate(pointOverElement, '.byline');
    await p.mouseMove(plain!.x, plain!.y, 2);
    await settle();
    expect(await p.evaluate(cardClosed)).toBe(true);
    const again = await p.evaluate(pointOverMark, 'Hulusi Akar');
    await p.mouseMove(again!.x, again!.y, 2);
    await p.waitFor(cardOpen);
    // Moving away hides it after the grace period.
    const away = await p.evaluate(pointOverElement, '.byline');
    await p.mouseMove(away!.x, away!.y, 2);
    await p.waitFor(cardClosed);
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('keeps the card at its size, next to the name, on a page that zooms its body', async () => {
    // Pages and reading aids zoom with CSS `zoom`; the card must not be
    // scaled with the page nor placed at scaled coordinates (off screen).
    const p = await open('news-idlib-war.html');
    await p.evaluate(() => {
      document.body.style.zoom = '1.5';
    });
    const point = await p.evaluate(pointOverMark, 'Hulusi Akar');
    await p.mouseMove(5, 5, 1);
    await p.mouseMove(point!.x, point!.y);
    await p.waitFor(cardOpen);
    await settle();
    const box = (await p.evaluate(cardBox))!;
    expect(box.width).toBeLessThanOrEqual(381);
    const gap = Math.min(Math.abs(box.top - point!.y), Math.abs(box.bottom - point!.y));
    expect(gap).toBeLessThan(40);
    expect((await p.evaluate(readCard))!.inViewport).toBe(true);
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('"See all claims" opens the popup page for this tab and entity', async () => {
    const p = await open('news-idlib-war.html');
    const point = await p.evaluate(pointOverMark, 'Hulusi Akar');
    await p.mouseMove(point!.x, point!.y);
    await p.waitFor(cardOpen);
    const button = await p.evaluate(seeAllPoint);
    expect(button).not.toBeNull();
    const url = await p.newTabUrl(async () => {
      await p.mouseMove(button!.x, button!.y, 4);
      await p.mouseClick(button!.x, button!.y);
    });
    const akar = entityIdByName('Hulusi Akar');
    expect(url).toMatch(new RegExp(`/popup\\.html\\?tabId=\\d+&entity=${akar}$`));
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('marks text added after load and drops highlights of removed or edited text', async () => {
    const p = await open('dynamic.html');
    await p.waitFor(personMarked, ['Hulusi Akar', true] as [string, boolean]);
    await p.waitFor(personMarked, ['Dmitry Peskov', true] as [string, boolean]);
    const before = (await p.evaluate(highlightSizes))['backstory-person']!;

    await p.evaluate(() =>
      (window as unknown as { removeEntry(id: string): void }).removeEntry('late'),
    );
    await p.waitFor(personMarked, ['Dmitry Peskov', false] as [string, boolean]);
    expect((await p.evaluate(highlightSizes))['backstory-person']).toBe(before - 1);

    await p.evaluate(() =>
      (window as unknown as { setText(id: string, t: string): void }).setText(
        'first',
        'Vladimir Putin arrived in Sochi.',
      ),
    );
    await p.waitFor(personMarked, ['Vladimir Putin', true] as [string, boolean]);
    await p.waitFor(personMarked, ['Hulusi Akar', false] as [string, boolean]);

    await p.evaluate(() =>
      (window as unknown as { addEntry(html: string): void }).addEntry(
        'Recep Tayyip <i>Erdogan</i> spoke in Ankara.',
      ),
    );
    await p.waitFor(personMarked, ['Recep Tayyip Erdogan', true] as [string, boolean]);
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('re-annotates on SPA navigation (history.pushState, back)', async () => {
    const p = await open('spa/');
    await p.waitFor(personMarked, ['Recep Tayyip Erdogan', true] as [string, boolean]);
    await p.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await p.click('a[data-page="peskov"]');
    await p.waitFor(personMarked, ['Dmitry Peskov', true] as [string, boolean]);
    await p.waitFor(personMarked, ['Recep Tayyip Erdogan', false] as [string, boolean]);

    await p.evaluate(() => history.back());
    await p.waitFor(personMarked, ['Recep Tayyip Erdogan', true] as [string, boolean]);
    await p.waitFor(personMarked, ['Dmitry Peskov', false] as [string, boolean]);

    await p.click('a[data-page="quiet"]');
    await p.waitFor(() => {
      const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
      return (
        registry.get('backstory-person')?.size === 0 && registry.get('backstory-place')?.size === 0
      );
    });
    expect(
      await p.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('leaves a VDOM app working: state updates re-render, text nodes stay the same objects', async () => {
    const p = await open('react-app/');
    await p.waitFor(personMarked, ['Recep Tayyip Erdogan', true] as [string, boolean]);
    const remembered = await p.evaluate(rememberTextNodes);
    expect(remembered).toBeGreaterThan(3);

    for (let i = 0; i < 3; i++) await p.click('#inc');
    await p.waitFor(() =>
      document.getElementById('counter')!.textContent.includes('quoted 3 times'),
    );
    expect(await p.evaluate(rememberedStillThere)).toEqual({
      connected: remembered,
      total: remembered,
    });

    await p.click('#add');
    await p.waitFor(personMarked, ['Hulusi Akar', true] as [string, boolean]);
    await p.click('#swap');
    await p.waitFor(personMarked, ['Vladimir Putin', true] as [string, boolean]);
    await p.waitFor(personMarked, ['Recep Tayyip Erdogan', false] as [string, boolean]);
    await p.click('#inc');
    await p.waitFor(() =>
      document.getElementById('counter')!.textContent.includes('Vladimir Putin was quoted 4 times'),
    );
    expect(await p.evaluate(rememberedStillThere)).toEqual({
      connected: remembered,
      total: remembered,
    });
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('keyboard route: a card stays open while the page scrolls under a resting pointer', async () => {
    const p = await open('news-idlib-war.html');
    // The pointer rests in the margin, away from every name.
    await p.mouseMove(1270, 790, 1);
    const scrollY = () => window.scrollY;
    let steps = 0;
    while ((await p.evaluate(scrollY)) === 0 && steps < 60) {
      await p.sendToTab({ type: 'page/step-mention', direction: 1 });
      await p.waitFor(cardOpen);
      // A smooth scroll takes a while to start moving the page.
      await p.evaluate(() => new Promise((done) => setTimeout(done, 250)));
      steps++;
    }
    // It started from the top of the page: the page scrolled only after a
    // few steps (a name in the page's shadow root, at its end, sorts last).
    expect(steps).toBeGreaterThan(1);
    const scrolled = await p.evaluate(scrollY);
    expect(scrolled).toBeGreaterThan(0);
    // Past the scroll, the dwell and the hover grace period.
    await p.evaluate(() => new Promise((done) => setTimeout(done, 1200)));
    expect(await p.evaluate(cardOpen)).toBe(true);
    const focused = () =>
      (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(
        'backstory-focus',
      )!.size;
    expect(await p.evaluate(focused)).toBe(1);
    // The next step goes on from there, not back to the top.
    await p.sendToTab({ type: 'page/step-mention', direction: 1 });
    await p.waitFor(cardOpen);
    await p.evaluate(() => new Promise((done) => setTimeout(done, 800)));
    expect(await p.evaluate(scrollY)).toBeGreaterThanOrEqual(scrolled);
    expect(await p.evaluate(cardOpen)).toBe(true);
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('keyboard route: step to mentions, focus highlight, card with focus, Esc returns focus', async () => {
    const p = await open('news-idlib-war.html');
    const first = await p.sendToTab<{ found: boolean }>({
      type: 'page/step-mention',
      direction: 1,
    });
    expect(first).toEqual({ found: true });
    await p.waitFor(cardOpen);
    // Focus moves in once the (possibly smooth) scroll has brought the name into view.
    await p.waitFor(cardFocused);
    const focus1 = await p.evaluate(() => {
      const sizes = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const [r] = [...sizes.get('backstory-focus')!];
      return r ? `${r.startOffset}:${r.startContainer.textContent}` : null;
    });
    expect(focus1).not.toBeNull();

    await p.sendToTab({ type: 'page/step-mention', direction: 1 });
    await p.sendToTab({ type: 'page/step-mention', direction: -1 });
    await p.waitFor(cardOpen);
    const focusBack = await p.evaluate(() => {
      const sizes = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const [r] = [...sizes.get('backstory-focus')!];
      return r ? `${r.startOffset}:${r.startContainer.textContent}` : null;
    });
    expect(focusBack).toBe(focus1);

    await p.press('Escape');
    await p.waitFor(cardClosed);
    const after = await p.evaluate(() => ({
      focus: (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(
        'backstory-focus',
      )!.size,
      active: document.activeElement?.tagName,
    }));
    expect(after).toEqual({ focus: 0, active: 'BODY' });

    const akar = entityIdByName('Hulusi Akar');
    const summary = await p.sendToTab<PageSummary>({ type: 'page/get-summary' });
    expect(summary.active).toBe(true);
    expect(summary.entities.find((e) => e.entityId === akar)?.count).toBeGreaterThan(0);
    expect(await p.sendToTab({ type: 'page/focus-entity', entityId: akar })).toEqual({
      found: true,
    });
    await p.waitFor(cardOpen);
    expect((await p.evaluate(readCard))!.name).toBe('Hulusi Akar');
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('on a page with thousands of marks paints those near the viewport, and the rest as the reader scrolls', async () => {
    const p = await open('long.html');
    const summary = await p.sendToTab<PageSummary>({ type: 'page/get-summary' });
    const known = summary.entities.reduce((sum, e) => sum + e.count, 0);
    // Every mention is known (popup counts, keyboard route): two per update,
    // Idlib in the heading, Hulusi Akar in the last paragraph ...
    expect(known).toBe(1600 * 2 + 2);
    // ... but only those near the viewport are painted.
    const painted = async () => {
      const sizes = await p.evaluate(highlightSizes);
      return TYPE_HIGHLIGHTS.reduce((sum, name) => sum + (sizes[name] ?? 0), 0);
    };
    await p.waitFor(() => {
      const people = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
      return (people.get('backstory-person')?.size ?? 0) < 1600;
    });
    const atTop = await painted();
    expect(atTop).toBeGreaterThan(10);
    expect(atTop).toBeLessThan(known / 4);
    expect(await p.evaluate(personMarked, ['Hulusi Akar', false])).toBe(true);

    await p.evaluate(() => document.getElementById('last')!.scrollIntoView({ block: 'center' }));
    await p.waitFor(personMarked, ['Hulusi Akar', true]);
    expect(await p.evaluate(personMarked, ['Hulusi Akar', true])).toBe(true);
    expect(await painted()).toBeLessThan(known / 4);

    const point = await p.evaluate(pointOverMark, 'Hulusi Akar');
    expect(point).not.toBeNull();
    await p.mouseMove(5, 5, 1);
    await p.mouseMove(point!.x, point!.y);
    await p.waitFor(cardOpen);
    expect((await p.evaluate(readCard))?.name).toBe('Hulusi Akar');
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('marks the names of a KB the reader imports, at once and without reload, and forgets them when it is removed', async () => {
    const p = await open('user-kb.html');
    expect(await p.evaluate(personMarked, ['Recep Tayyip Erdogan', true])).toBe(true);
    expect(await p.evaluate(personMarked, ['Zyxwv Testperson', false])).toBe(true);
    // As the options page stores it after validation (options.e2e.ts imports the same file).
    await p.setStorage({ userKb: GOOD_USER_KB });
    await p.waitFor(personMarked, ['Zyxwv Testperson', true]);
    await p.waitFor(personMarked, ['Testperson', true]);
    expect(await p.evaluate(personMarked, ['Recep Tayyip Erdogan', true])).toBe(true);

    const point = await p.evaluate(pointOverMark, 'Zyxwv Testperson');
    await p.mouseMove(5, 5, 1);
    await p.mouseMove(point!.x, point!.y);
    await p.waitFor(cardOpen);
    expect((await p.evaluate(readCard))?.name).toBe('Zyxwv Testperson');
    await p.press('Escape');
    await p.waitFor(cardClosed);

    // The page keeps its marks while the background rebuilds its KB, and
    // replaces them once its answer comes: people stay marked throughout.
    await p.evaluate(watchHighlight, 'backstory-person');
    await p.setStorage({ userKb: null });
    await p.waitFor(personMarked, ['Zyxwv Testperson', false]);
    const watched = await p.evaluate(stopWatchingHighlight);
    expect(watched.samples).toBeGreaterThan(1);
    expect(watched.min).toBeGreaterThan(0);
    expect(await p.evaluate(personMarked, ['Recep Tayyip Erdogan', true])).toBe(true);
    expect(p.errors).toEqual([]);
    await closePage();
  });

  it('applies pause, the site switch, marked types and style at once, without reload', async () => {
    const p = await open('news-idlib-war.html');
    const base = await p.evaluate(highlightSizes);
    expect(base['backstory-person']).toBeGreaterThan(0);
    const total = () =>
      p.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, { size: number }> })
          .highlights;
        let n = 0;
        for (const [name, h] of registry) if (name.startsWith('backstory-')) n += h.size;
        return n;
      });

    await p.setSettings({ paused: true });
    await p.waitFor(() => {
      const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
      return registry.get('backstory-person')!.size === 0;
    });
    expect(await total()).toBe(0);
    expect((await p.sendToTab<PageSummary>({ type: 'page/get-summary' })).active).toBe(false);

    await p.setSettings({ paused: false, disabledSites: [] });
    await p.waitFor(
      (n) =>
        (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(
          'backstory-person',
        )!.size === n,
      base['backstory-person'],
    );

    await p.setSettings({ disabledSites: ['127.0.0.1'] });
    await p.waitFor(
      () =>
        (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(
          'backstory-person',
        )!.size === 0,
    );

    await p.setSettings({ markTypes: ['place'], highlightStyle: 'background' });
    await p.waitFor(() => {
      const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
      return (
        registry.get('backstory-place')!.size > 0 && registry.get('backstory-person')!.size === 0
      );
    });
    const styled = await p.evaluate(highlightSizes);
    expect(styled['backstory-fill-place']).toBe(styled['backstory-place']);
    expect(styled['backstory-line-place']).toBeUndefined();

    await p.setSettings({});
    await p.waitFor(
      (n) =>
        (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(
          'backstory-person',
        )!.size === n,
      base['backstory-person'],
    );
    expect(p.errors).toEqual([]);
    await closePage();
  });
});
