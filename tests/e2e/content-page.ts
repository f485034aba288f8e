/**
 * Functions evaluated inside fixture pages by the content-script tests. They
 * are serialised into the page, so each one is self-contained: no imports,
 * no outer variables, no nested named functions.
 */

/** Where a marked range sits, as seen from the page's own world (texts are whitespace-collapsed). */
export interface MarkedRange {
  text: string;
  /** Tag of the element holding the start and the end of the range. */
  startTag: string;
  endTag: string;
  /** Whether start and end are in different text nodes. */
  crossesNodes: boolean;
  /** Whether the range is inside an open shadow root of the page. */
  inShadow: boolean;
  /** id of the nearest ancestor with an id. */
  holderId: string;
}

/** Every `backstory-<type>` highlight's ranges, read through the page's CSS.highlights. */
export function readHighlights(): Record<string, MarkedRange[]> {
  const out: Record<string, MarkedRange[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return out;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('backstory-')) continue;
    out[name] = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return {
        text: range.toString().replace(/\s+/g, ' '),
        startTag: r.startContainer.parentElement?.tagName ?? '',
        endTag: r.endContainer.parentElement?.tagName ?? '',
        crossesNodes: r.startContainer !== r.endContainer,
        inShadow: r.startContainer.getRootNode() instanceof ShadowRoot,
        holderId: r.startContainer.parentElement?.closest('[id]')?.id ?? '',
      };
    });
  }
  return out;
}

/** Sizes of every `backstory-*` highlight. */
export function highlightSizes(): Record<string, number> {
  const out: Record<string, number> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
  if (!registry) return out;
  for (const [name, highlight] of registry) {
    if (name.startsWith('backstory-')) out[name] = highlight.size;
  }
  return out;
}

/** Texts of one highlight's ranges. */
export function highlightTexts(name: string): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const highlight = registry?.get(name);
  if (!highlight) return [];
  return [...highlight].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString().replace(/\s+/g, ' ');
  });
}

/** Whether the person highlight has (or lacks) a range with this exact text. */
export function personMarked([text, wanted]: [string, boolean]): boolean {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const highlight = registry?.get('backstory-person');
  let found = false;
  for (const r of highlight ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString().replace(/\s+/g, ' ') === text) found = true;
  }
  return found === wanted;
}

/**
 * Starts sampling the size of one highlight on every task (a `setTimeout(0)`
 * loop), to catch a moment when it is empty; see {@link stopWatchingHighlight}.
 */
export function watchHighlight(name: string): void {
  const w = window as unknown as {
    __watch?: { name: string; min: number; samples: number; on: boolean };
  };
  const watch = { name, min: Infinity, samples: 0, on: true };
  w.__watch = watch;
  const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
  const tick = () => {
    if (!watch.on) return;
    watch.samples++;
    watch.min = Math.min(watch.min, registry?.get(watch.name)?.size ?? 0);
    setTimeout(tick, 0);
  };
  tick();
}

/** Stops {@link watchHighlight}: the smallest size seen, and how many samples. */
export function stopWatchingHighlight(): { min: number; samples: number } {
  const w = window as unknown as { __watch?: { min: number; samples: number; on: boolean } };
  const watch = w.__watch!;
  watch.on = false;
  return { min: watch.min, samples: watch.samples };
}

/**
 * A point over the middle of the first marked range with this text (scrolled
 * into view first), in viewport coordinates.
 */
export function pointOverMark(text: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().replace(/\s+/g, ' ') !== text) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0];
      if (!rect) return null;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** The open card's box in viewport pixels, or null. */
export function cardBox(): { top: number; bottom: number; width: number } | null {
  const card = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-card');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, width: r.width };
}

/** A point over the middle of an element's first line (scrolled into view first). */
export function pointOverElement(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el?.firstChild) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const range = document.createRange();
  range.selectNodeContents(el);
  const rect = range.getClientRects()[0];
  return rect
    ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 }
    : null;
}

/** What the open card shows, read from the shadow root; null when no card is open. */
export function readCard(): {
  name: string;
  meta: string;
  role: string | null;
  label: string | null;
  description: string;
  relations: string[];
  claims: { quote: string; source: string }[];
  seeAll: string;
  focusedInside: boolean;
  inViewport: boolean;
  /** The card's own stylesheet applies inside the shadow root. */
  styled: boolean;
} | null {
  const host = document.querySelector('backstory-ui');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('.bs-card');
  if (!host || !card || !card.dataset.positioned) return null;
  const labelId = card.getAttribute('aria-labelledby');
  const rect = card.getBoundingClientRect();
  return {
    name: card.querySelector('.bs-name')?.textContent ?? '',
    meta: card.querySelector('.bs-meta')?.textContent ?? '',
    role: card.getAttribute('role'),
    label: labelId ? (host.shadowRoot!.getElementById(labelId)?.textContent ?? null) : null,
    description: card.querySelector('.bs-desc')?.textContent ?? '',
    relations: [...card.querySelectorAll('.bs-relations li')].map((li) => li.textContent ?? ''),
    claims: [...card.querySelectorAll('.bs-claim')].map((li) => ({
      quote:
        li.querySelector('q')?.textContent ?? li.querySelector('.bs-claim-text')?.textContent ?? '',
      source: li.querySelector('cite')?.textContent ?? '',
    })),
    seeAll: card.querySelector('.bs-all')?.textContent ?? '',
    focusedInside: document.activeElement === host && host.shadowRoot!.activeElement !== null,
    inViewport:
      rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
    styled:
      getComputedStyle(card).position === 'fixed' && getComputedStyle(card).borderRadius !== '0px',
  };
}

/** True when no card is open. */
export function cardClosed(): boolean {
  const card = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-card');
  return !card;
}

/** True when a card is open, positioned and visible. */
export function cardOpen(): boolean {
  const card = document
    .querySelector('backstory-ui')
    ?.shadowRoot?.querySelector<HTMLElement>('.bs-card');
  return Boolean(card?.dataset.positioned) && getComputedStyle(card!).visibility !== 'hidden';
}

/** True when keyboard focus is inside the open card. */
export function cardFocused(): boolean {
  const host = document.querySelector('backstory-ui');
  return document.activeElement === host && host?.shadowRoot?.activeElement !== null;
}

/**
 * The page's body as served (parsed from the same URL without running
 * scripts) and as it is now minus our shadow host: equal when the extension
 * changed nothing in the page's DOM.
 */
export async function domAsServedAndNow(): Promise<{ served: string; now: string }> {
  const source = await (await fetch(location.href)).text();
  const served = new DOMParser().parseFromString(source, 'text/html');
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('backstory-ui').forEach((el) => el.remove());
  return { served: served.body.innerHTML, now: clone.innerHTML };
}

/** Remembers every text node under #root (page world) to compare identity later. */
export function rememberTextNodes(): number {
  const walker = document.createTreeWalker(document.getElementById('root')!, NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  (window as unknown as { __textNodes: Node[] }).__textNodes = nodes;
  return nodes.length;
}

/** How many remembered text nodes are still in the document, and the #counter's nodes' identity. */
export function rememberedStillThere(): { connected: number; total: number } {
  const nodes = (window as unknown as { __textNodes: Node[] }).__textNodes;
  return { connected: nodes.filter((n) => n.isConnected).length, total: nodes.length };
}

/** Viewport centre of the card's "See all claims" button. */
export function seeAllPoint(): { x: number; y: number } | null {
  const button = document
    .querySelector('backstory-ui')
    ?.shadowRoot?.querySelector<HTMLElement>('.bs-all');
  if (!button) return null;
  button.scrollIntoView({ block: 'nearest' });
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
