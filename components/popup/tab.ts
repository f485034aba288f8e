/** Which tab the popup is about, and talking to its content script. */
import { browser } from 'wxt/browser';
import type { PageSummary, Request, ResponseFor } from '@/lib/protocol';

export interface TargetTab {
  id: number | undefined;
  url: string | undefined;
}

/**
 * `?tabId=N` when the popup page was opened in a tab for another tab (the
 * card's "See all claims", the Firefox e2e hook); else the active tab.
 */
export async function resolveTab(search: string): Promise<TargetTab> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/** Pages no extension may script, known from the URL alone. */
export function isScriptable(url: string | undefined): boolean {
  if (url === undefined || url === '') return true; // unknown: ask the tab
  if (!/^(https?|file):/i.test(url)) return false;
  return !/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//i.test(
    url,
  );
}

async function send<T extends Request>(tabId: number, request: T): Promise<ResponseFor<T['type']>> {
  return browser.tabs.sendMessage<T, ResponseFor<T['type']>>(tabId, request);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The page summary, or null when no content script answers (browser pages,
 * store pages, a tab still loading that never gets one). Retries briefly: a
 * tab that just navigated may not have its content script yet.
 */
export async function fetchSummary(tab: TargetTab): Promise<PageSummary | null> {
  if (tab.id === undefined || !isScriptable(tab.url)) return null;
  const id = tab.id;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const summary = await send(id, { type: 'page/get-summary' });
      if (summary && Array.isArray(summary.entities)) return summary;
    } catch {
      // No receiver (yet).
    }
    // Without the "tabs" permission the URL of browser pages is hidden, so
    // they look scriptable: a loaded tab that does not answer twice never
    // will, and the reader should not wait on the loading state for it.
    if (attempt >= 1 && !(await isLoading(id))) return null;
    await sleep(150 * (attempt + 1));
  }
  return null;
}

async function isLoading(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.status === 'loading';
}

/** Scroll the page to the entity's next mention and open its card. */
export async function focusEntity(tab: TargetTab, entityId: string): Promise<boolean> {
  if (tab.id === undefined) return false;
  try {
    const r = await send(tab.id, { type: 'page/focus-entity', entityId });
    return r?.found === true;
  } catch {
    return false;
  }
}
