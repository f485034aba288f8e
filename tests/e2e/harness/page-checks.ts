/**
 * Predicates evaluated inside pages (they must stay self-contained: they are
 * serialised and run in the browser, so no imports or outer variables).
 */

/**
 * True once the content script has finished its first pass. `--mode e2e`
 * builds (the Firefox tests, the bench) set `<html data-backstory="ready">`
 * after every full pass. Store builds (the Chromium tests) leave no trace a
 * page could read beyond the highlights themselves, so there the signal is a
 * non-empty `backstory-*` CSS highlight: a pass commits its highlights when it
 * ends (all at once on a page that fits in one 64K-character piece), so on the fixture
 * pages the first non-empty highlight is the finished pass. Tests that need
 * an exact answer on any page ask the content script (`page/get-summary`
 * replies only after the first pass).
 */
export function contentScriptReady(): boolean {
  if (document.documentElement.dataset.backstory === 'ready') return true;
  const registry = (globalThis.CSS as { highlights?: Map<string, { size: number }> }).highlights;
  if (!registry) return false;
  for (const [name, highlight] of registry) {
    if (name.startsWith('backstory-') && highlight.size > 0) return true;
  }
  return false;
}

/**
 * Viewport centre of the first marked person (else any mark) that sits
 * between 120 px from the top and 320 px from the bottom (room for a card),
 * or undefined.
 */
export function firstMarkInView(): { x: number; y: number } | undefined {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return undefined;
  const names = [...registry.keys()].filter((name) => name.startsWith('backstory-'));
  names.sort((a, b) => Number(b === 'backstory-person') - Number(a === 'backstory-person'));
  for (const name of names) {
    for (const marked of registry.get(name) ?? []) {
      // Marks may be StaticRanges, which cannot be measured.
      const range = document.createRange();
      range.setStart(marked.startContainer, marked.startOffset);
      range.setEnd(marked.endContainer, marked.endOffset);
      for (const rect of range.getClientRects()) {
        if (rect.top > 120 && rect.bottom < innerHeight - 320 && rect.width > 0) {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
  }
  return undefined;
}

/** True once the popup document has loaded and rendered some visible text. */
export function popupRendered(): boolean {
  return document.readyState === 'complete' && (document.body?.innerText.trim().length ?? 0) > 0;
}

/**
 * Type of `chrome` inside Chromium extension contexts (service worker,
 * extension pages). Node-side code has no such global; inside `evaluate`
 * callbacks write `(globalThis as unknown as ExtensionGlobals).chrome`.
 */
export interface ExtensionGlobals {
  chrome: typeof import('wxt/browser').browser;
}
