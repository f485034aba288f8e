import { browser } from 'wxt/browser';
import type { Request } from '@/lib/protocol';

/** Page event the Firefox e2e tests dispatch to get the popup opened in a tab. */
export const E2E_OPEN_POPUP_EVENT = 'backstory-e2e-open-popup';

/**
 * Test-only bridge, compiled in only by `wxt build --mode e2e`: WebDriver BiDi
 * cannot navigate to moz-extension:// URLs, so the test page asks the content
 * script, which asks the background to open the popup page for this tab.
 */
export function installE2eHook(): void {
  window.addEventListener(E2E_OPEN_POPUP_EVENT, () => {
    const request: Request = { type: 'e2e/open-popup' };
    void browser.runtime.sendMessage(request);
  });
}
