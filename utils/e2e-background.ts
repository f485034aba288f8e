import { browser } from 'wxt/browser';
import type { Request, ResponseFor } from '@/lib/protocol';

/**
 * Test-only: opens `popup.html?tabId=N` in a new tab when a content script
 * sends `e2e/open-popup` (see entrypoints/content/e2e-hook.ts). Only
 * registered in `--mode e2e` builds; store builds never contain it.
 */
export function installE2eBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if ((message as Request | undefined)?.type !== 'e2e/open-popup') return false;
    const reply = (response: ResponseFor<'e2e/open-popup'>) => sendResponse(response);
    const tabId = sender.tab?.id;
    if (tabId === undefined) {
      reply({ opened: false });
      return false;
    }
    browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) }).then(
      () => reply({ opened: true }),
      () => reply({ opened: false }),
    );
    return true; // sendResponse is called asynchronously
  });
}
