/**
 * The background half of the keyboard route and of "See all claims", on
 * WXT's fake browser. Headless browsers do not deliver manifest shortcuts,
 * so the e2e suite drives the content half with the same messages.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Request } from '@/lib/protocol';
import background from '@/entrypoints/background';

type CommandListener = (command: string, tab?: { id?: number }) => void;

let commandListeners: CommandListener[];
let sent: { tabId: number; message: Request }[];

beforeEach(() => {
  fakeBrowser.reset();
  commandListeners = [];
  sent = [];
  // The fake browser has no `commands` API and no tabs.sendMessage: record instead.
  Object.assign(fakeBrowser, {
    commands: { onCommand: { addListener: (cb: CommandListener) => commandListeners.push(cb) } },
  });
  fakeBrowser.tabs.sendMessage = vi.fn((tabId: number, message: Request) => {
    sent.push({ tabId, message });
    return Promise.resolve({ found: true });
  }) as never;
  void background.main();
});

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('background: keyboard commands', () => {
  it('sends page/step-mention to the tab the command came from', async () => {
    expect(commandListeners).toHaveLength(1);
    commandListeners[0]!('next-mention', { id: 7 });
    commandListeners[0]!('previous-mention', { id: 7 });
    commandListeners[0]!('something-else', { id: 7 });
    await settle();
    expect(sent).toEqual([
      { tabId: 7, message: { type: 'page/step-mention', direction: 1 } },
      { tabId: 7, message: { type: 'page/step-mention', direction: -1 } },
    ]);
  });
});

describe('background: See all claims', () => {
  it('opens the popup page for the sender tab and entity, next to it', async () => {
    const page = await fakeBrowser.tabs.create({ url: 'https://example.org/news', active: true });
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content/show-claims', entityId: 'hulusi-akar' } satisfies Request,
      { tab: page },
    );
    expect(replies.filter(Boolean)).toEqual([{ opened: true }]);
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((t) => t.url?.includes('popup.html'));
    expect(opened?.url).toMatch(new RegExp(`/popup\\.html\\?tabId=${page.id}&entity=hulusi-akar$`));
  });

  it('ignores other messages', async () => {
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/get-summary' }, {});
    expect(replies.filter(Boolean)).toEqual([]);
  });
});
