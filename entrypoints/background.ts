import { browser, type Browser } from 'wxt/browser';
import type { Request, ResponseFor } from '@/lib/protocol';
import { installE2eBackground } from '@/utils/e2e-background';
import { userKbItem } from '@/utils/settings-store';
import { createSpotService } from '@/utils/spot-service';

/** Manifest command → direction of `page/step-mention`. */
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

/** Keyboard command → the active tab's content script steps to the next/previous mention. */
async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const direction = STEP_COMMANDS[command];
  if (direction === undefined) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const request: Request = { type: 'page/step-mention', direction };
  // Pages without our content script (browser pages, the store) have no receiver.
  await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
}

/**
 * The card's "See all claims": content scripts cannot open the toolbar popup
 * in every browser, so the popup page opens in a tab next to the page, for
 * that tab and entity.
 */
function onContentMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<ResponseFor<'content/show-claims'>> | undefined {
  const request = message as Request | undefined;
  if (request?.type !== 'content/show-claims') return undefined;
  const tab = sender.tab;
  if (tab?.id === undefined) return Promise.resolve({ opened: false });
  const query = new URLSearchParams({ tabId: String(tab.id), entity: request.entityId });
  const url = browser.runtime.getURL(`/popup.html?${query.toString()}` as '/popup.html');
  return browser.tabs
    .create({ url, index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId })
    .then(() => ({ opened: true }));
}

export default defineBackground(() => {
  // --- e2e test hook (FOUNDATION): only in `--mode e2e` builds, tree-shaken from store builds.
  if (import.meta.env.MODE === 'e2e') installE2eBackground();
  // --- end e2e test hook
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  const spotService = createSpotService();
  userKbItem.watch(() => void spotService.invalidate());
  // webextension-polyfill sends a listener's returned Promise as the reply.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(onContentMessage);
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown) => spotService.handle(message));
});
