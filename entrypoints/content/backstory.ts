/**
 * Wires the content script together: settings → annotator, mutation queue,
 * SPA navigation, hover cards, keyboard route and the popup's requests.
 * Every part is switched on and off live as settings change. The KB and the
 * matcher live in the background (see utils/spot-service.ts): the page pays
 * only for reading its text and painting highlights.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnnotator, type Annotator, type SpotFn } from '@/dom/annotator';
import {
  createHighlightRegistry,
  highlightApi,
  type HighlightRegistry,
} from '@/dom/highlight-registry';
import { pageTone } from '@/dom/page-tone';
import { createHoverDetector, type HoverDetector } from '@/dom/hover-detector';
import { createMentionNavigator } from '@/dom/mention-navigator';
import { createMutationQueue, type MutationQueue } from '@/dom/mutation-queue';
import { createYield } from '@/dom/yield';
import type { Request, ResponseFor } from '@/lib/protocol';
import type { CardModel } from '@/lib/kb/card-model';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { getSettings, watchSettings } from '@/utils/settings-store';
import { createCardUi, UI_HOST_NAME } from './card-ui';
import { e2ePassDone, e2eStartStep, onE2eReannotate } from './e2e-hook';

/** Sends a request to the background and types its reply. */
function ask<T extends Request>(request: T): Promise<ResponseFor<T['type']>> {
  return browser.runtime.sendMessage<T, ResponseFor<T['type']>>(request);
}

export async function startBackstory(ctx: ContentScriptContext): Promise<void> {
  const startedAt = performance.now();
  let startRecorded = false;
  const doc = document;
  if (!highlightApi(doc)) {
    // No Custom Highlight API: mark nothing rather than rewrite the page.
    console.info(
      'Backstory: this browser lacks the CSS Custom Highlight API; names are not marked.',
    );
    return;
  }
  const e2e = import.meta.env.MODE === 'e2e';
  const t = performance.now();
  let settings: Settings = await getSettings();
  if (e2e) e2eStartStep('settings', t);
  // Registered with the reader's style at once: each registration costs a style update.
  const reg: HighlightRegistry = createHighlightRegistry(
    doc,
    settings.highlightStyle,
    pageTone(doc),
  )!;
  let annotator: Annotator | null = null;
  let pass: AbortController | null = null;
  let firstPass: Promise<void> | null = null;
  let active = false;
  // The fragment is left out: following an in-page anchor is not a navigation.
  const pageUrl = () => location.href.replace(/#.*$/, '');
  let lastUrl = pageUrl();
  const yieldToMain = createYield(window);

  const isOwnNode = (node: Node): boolean => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el?.closest(UI_HOST_NAME) != null;
  };

  // Built on the first card the reader opens, not here (see card-ui.tsx).
  const ui = createCardUi(ctx, doc, {
    onSeeAll: (entityId) => {
      const request: Request = { type: 'content/show-claims', entityId };
      void browser.runtime.sendMessage(request).catch(() => undefined);
    },
    onHide: () => {
      cardRequest++;
      reg.setFocus(null);
      hover?.reset();
    },
  });

  /** Card models asked for on this page (cleared when the KB changes). */
  const cards = new Map<string, Promise<CardModel | null>>();
  /** Bumped by every open and close: a card that arrives after either is dropped. */
  let cardRequest = 0;

  function openCard(entityId: string, mark: Parameters<typeof ui.show>[0], focus: boolean): void {
    const request = ++cardRequest;
    let model = cards.get(entityId);
    if (!model) {
      model = ask({ type: 'kb/card', entityId }).catch((error: unknown) => {
        cards.delete(entityId);
        console.error('Backstory: the card could not be loaded', error);
        return null;
      });
      cards.set(entityId, model);
    }
    void model.then((m) => {
      if (m && request === cardRequest && mark.parts[0]!.node.isConnected) ui.show(mark, m, focus);
    });
  }

  /** Closes the card, and drops one still on its way from the background. */
  function closeCard(): void {
    cardRequest++;
    ui.hide();
  }

  const spot: SpotFn = (request) => ask({ type: 'spot/piece', ...request });

  const navigator = createMentionNavigator({
    doc,
    registry: reg,
    open: (mark) => {
      hover?.holdForKeyboard();
      openCard(mark.entityId, mark, true);
    },
  });

  let hover: HoverDetector | null = null;
  let queue: MutationQueue | null = null;

  function makeAnnotator(): Annotator {
    return createAnnotator({
      doc,
      spot,
      registry: reg,
      isTypeEnabled: (type) => settings.markTypes.includes(type),
      yieldToMain,
    });
  }

  /** Full pass over the document (start-up, navigation, settings that change what is marked). */
  function fullPass(): Promise<void> {
    pass?.abort();
    const controller = new AbortController();
    pass = controller;
    queue?.reset();
    annotator ??= makeAnnotator();
    annotator.resetContext();
    // A single-page app may have switched its theme since.
    reg.setTone(pageTone(doc));
    const start = performance.now();
    if (e2e && !startRecorded) {
      startRecorded = true;
      e2eStartStep('', startedAt, start);
    }
    const run = annotator.annotateDocument(controller.signal).then((stats) => {
      if (stats.aborted || controller.signal.aborted) return;
      if (e2e) e2ePassDone(stats, start, reg.size);
    });
    return run.catch((error: unknown) => console.error('Backstory: marking failed', error));
  }

  function checkUrl(): void {
    const url = pageUrl();
    if (url === lastUrl) return;
    lastUrl = url;
    closeCard();
    if (active) void fullPass();
  }

  function activate(): void {
    if (active) return;
    active = true;
    reg.setStyle(settings.highlightStyle);
    queue = createMutationQueue({
      doc,
      isOwnNode,
      onChange: () => annotator?.pageChanged(),
      invalidateText: (node) => {
        annotator?.textChanged(node);
        reg.removeNodes([node]);
        if (ui.current?.parts.some((part) => part.node === node)) closeCard();
      },
      onBatch: async (batch) => {
        checkUrl();
        if (!active || !annotator) return;
        for (const node of batch.removed) reg.removeWithin(node);
        if (ui.current && !ui.current.parts[0]!.node.isConnected) closeCard();
        if (batch.changed.length > 0) await annotator.annotateRoots(batch.changed, pass?.signal);
      },
    });
    queue.start();
    hover = createHoverDetector({
      doc,
      registry: reg,
      delayMs: () => settings.hoverDelayMs,
      isCardTarget: (t) => ui.isOwn(t),
      isOpen: () => ui.isOpen(),
      show: (mark) => openCard(mark.entityId, mark, false),
      hide: () => closeCard(),
    });
    firstPass = fullPass();
  }

  function deactivate(): void {
    if (!active) return;
    active = false;
    pass?.abort();
    pass = null;
    queue?.stop();
    queue = null;
    hover?.stop();
    hover = null;
    closeCard();
    reg.clear();
  }

  function apply(next: Settings): void {
    const prev = settings;
    settings = next;
    const enabled = isSiteEnabled(settings, location.href);
    if (!enabled) return deactivate();
    if (!active) return activate();
    if (prev.highlightStyle !== next.highlightStyle) reg.setStyle(next.highlightStyle);
    if (prev.markTypes.join() !== next.markTypes.join()) {
      closeCard();
      void fullPass();
    }
  }

  // Esc closes the card wherever focus is (page or card); a click elsewhere too.
  ctx.addEventListener(
    doc,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      hover?.dismiss();
      if (!ui.isOpen()) {
        cardRequest++;
        return;
      }
      // This Esc was for our card; the page should not also act on it.
      e.stopPropagation();
      closeCard();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'pointerdown',
    (e: PointerEvent) => {
      if (ui.isOpen() && !ui.isOwn(e.target)) closeCard();
    },
    { capture: true, passive: true },
  );

  // SPA navigations: the Navigation API reports them where the browser has it;
  // elsewhere WXT polls location, and popstate and mutation batches check sooner.
  ctx.addEventListener(window, 'wxt:locationchange', checkUrl);
  ctx.addEventListener(window, 'popstate', checkUrl);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'navigatesuccess', checkUrl);

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    const request = message as Request | undefined;
    switch (request?.type) {
      case 'page/get-summary':
        return (async (): Promise<ResponseFor<'page/get-summary'>> => {
          await firstPass;
          return { active, url: location.href, entities: active ? navigator.counts() : [] };
        })();
      case 'page/step-mention':
        return (async (): Promise<ResponseFor<'page/step-mention'>> => {
          await firstPass;
          return { found: active && navigator.step(request.direction) };
        })();
      case 'page/kb-changed':
        cards.clear();
        annotator?.resetContext();
        closeCard();
        // Let the background rebuild its KB first (an empty piece waits for
        // it), so the page is not left unmarked meanwhile.
        if (active) {
          void spot({ text: '', context: [] })
            .catch(() => null)
            .then(() => active && void fullPass());
        }
        return Promise.resolve({ ok: true });
      case 'page/focus-entity':
        return (async (): Promise<ResponseFor<'page/focus-entity'>> => {
          await firstPass;
          return { found: active && navigator.focusEntity(request.entityId) };
        })();
      default:
        return undefined;
    }
  };
  // webextension-polyfill sends a listener's returned Promise as the reply.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(onMessage);

  const unwatchE2e = e2e
    ? onE2eReannotate(() => {
        if (active) void fullPass();
      })
    : undefined;
  const unwatchSettings = watchSettings(apply);

  ctx.onInvalidated(() => {
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.removeListener(onMessage);
    unwatchSettings();
    unwatchE2e?.();
    deactivate();
    ui.destroy();
    reg.detach();
  });

  apply(settings);
}
