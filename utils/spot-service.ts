/**
 * The background's half of marking pages: one warm matcher and the card
 * models for every tab. Content scripts send their pages' text here piece by
 * piece (`spot/piece`) and ask for cards (`kb/card`), so a fresh page never
 * runs the matcher cold on its own main thread, and never loads the KB.
 *
 * The KB is built on first use (bundled KB, plus the user's own KB from
 * storage). When the user's KB changes, it is rebuilt and every tab is told
 * to mark its page again.
 */
import { browser } from 'wxt/browser';
import type { Request, ResponseFor } from '@/lib/protocol';
import { runtimeWithUserKb, type KbRuntime } from './kb-runtime';
import { userKbItem } from './settings-store';

/** See {@link createSpotService}. */
export interface SpotService {
  /** Answers `spot/piece` and `kb/card`; undefined for other messages (another listener's). */
  handle(message: unknown): Promise<unknown> | undefined;
  /** The user's KB changed: rebuild on next use and tell open tabs. */
  invalidate(): Promise<void>;
}

export function createSpotService(): SpotService {
  let runtime: Promise<KbRuntime> | null = null;

  function current(): Promise<KbRuntime> {
    runtime ??= userKbItem
      .getValue()
      .catch(() => null)
      .then((user) => runtimeWithUserKb(user))
      .catch((error: unknown) => {
        // Not cached: the next request tries again rather than every page
        // staying unmarked until the browser restarts.
        runtime = null;
        console.error('Backstory: could not load the knowledge base', error);
        throw error;
      });
    return runtime;
  }

  return {
    handle(message) {
      const request = message as Request | undefined;
      switch (request?.type) {
        case 'spot/piece':
          return current().then((r): ResponseFor<'spot/piece'> => r.spotter.spot(request));
        case 'kb/card':
          return current().then((r): ResponseFor<'kb/card'> => r.cardModel(request.entityId));
        default:
          return undefined;
      }
    },
    async invalidate() {
      runtime = null;
      const tabs = await browser.tabs.query({});
      const notice: Request = { type: 'page/kb-changed' };
      await Promise.all(
        tabs.flatMap((tab) =>
          tab.id === undefined
            ? []
            : // Tabs without our content script (browser pages) have no receiver.
              [browser.tabs.sendMessage(tab.id, notice).catch(() => undefined)],
        ),
      );
    },
  };
}
