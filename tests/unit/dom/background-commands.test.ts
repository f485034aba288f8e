/**
 * The background half of the keyboard route, of "See all claims" and of
 * marking pages (spotting and cards), on WXT's fake browser. Headless browsers do not deliver manifest shortcuts,
 * so the e2e suite drives the content half with the same messages.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CardModel } from '@/lib/kb/card-model';
import type { Request } from '@/lib/protocol';
import type { PieceSpots } from '@/lib/spotting/page-spotter';
import background from '@/entrypoints/background';

/** How many of the next reads of the packed matcher fail. */
const packedReads = vi.hoisted(() => ({ failing: 0 }));

// Node cannot fetch from the extension package: the same file, from disk.
vi.mock('@/utils/bundled-matcher', async () => {
  const { readPackedMatcherFile } = await import('../support/packed-matcher-file');
  return {
    readBundledMatcher: () =>
      packedReads.failing-- > 0
        ? Promise.reject(new Error('package unreadable'))
        : readPackedMatcherFile(),
  };
});

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

describe('background: spotting for pages', () => {
  /** The replies of every listener that answered (the fake browser collects them all). */
  const ask = async (request: Request): Promise<unknown[]> =>
    ((await fakeBrowser.runtime.onMessage.trigger(request, {})) as unknown[]).filter(Boolean);

  it('spots a piece of page text with page context, in the compact form', async () => {
    const text = 'Akar said the posts would hold. Hulusi Akar flew to Ankara.';
    const [first] = (await ask({ type: 'spot/piece', text, context: [] })) as PieceSpots[];
    const found = [];
    for (let i = 0; i < first!.spans.length; i += 3) {
      const [index, start, end] = first!.spans.slice(i, i + 3) as [number, number, number];
      found.push(`${first!.entities[index]!.id}:${text.slice(start, end)}`);
    }
    // The full name later in the same piece gives the bare surname its context.
    expect(found).toEqual(['hulusi-akar:Akar', 'hulusi-akar:Hulusi Akar', 'ankara:Ankara']);
    expect(first!.seen).toEqual(['hulusi-akar', 'ankara']);

    // Alone, "Akar" counts only when the page named Hulusi Akar before.
    const bare = 'Akar said the posts would hold.';
    const [without] = (await ask({ type: 'spot/piece', text: bare, context: [] })) as PieceSpots[];
    expect(without!.spans).toEqual([]);
    const [withContext] = (await ask({
      type: 'spot/piece',
      text: bare,
      context: ['hulusi-akar'],
    })) as PieceSpots[];
    expect(withContext!.spans).toEqual([0, 0, 4]);
    expect(withContext!.seen).toEqual([]);
    // Asked again after a discovery that cannot add anything here: null, keep what you have.
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'spot/piece', text: bare, context: ['ankara'], onlyIfGains: ['ankara'] },
        {},
      ),
    ).toContain(null);
  });

  it('tries loading the KB again after a failure, instead of failing every page after it', async () => {
    packedReads.failing = 1;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const request: Request = { type: 'spot/piece', text: 'Hulusi Akar spoke.', context: [] };
    await expect(ask(request)).rejects.toThrow('package unreadable');
    expect(logged).toHaveBeenCalledWith(
      'Backstory: could not load the knowledge base',
      expect.any(Error),
    );
    const [spots] = (await ask(request)) as PieceSpots[];
    expect(spots!.seen).toEqual(['hulusi-akar']);
    logged.mockRestore();
  });

  it('builds cards, and tells open tabs to mark again when the user KB changes', async () => {
    const [card] = (await ask({ type: 'kb/card', entityId: 'hulusi-akar' })) as CardModel[];
    expect(card!.name).toBe('Hulusi Akar');
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/a' });
    await fakeBrowser.storage.local.set({ userKb: { entities: [] } });
    await vi.waitFor(() =>
      expect(sent).toContainEqual({ tabId: tab.id, message: { type: 'page/kb-changed' } }),
    );
  });
});
