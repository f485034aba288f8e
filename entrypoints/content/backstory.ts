/**
 * Wires the content script together: KB + settings → annotator, mutation
 * queue, SPA navigation, hover cards, keyboard route and the popup's
 * requests. Every part is switched on and off live as settings change.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnnotator, type Annotator } from '@/dom/annotator';
import { createHighlightRegistry, type HighlightRegistry } from '@/dom/highlight-registry';
import { createHoverDetector, type HoverDetector } from '@/dom/hover-detector';
import { createMentionNavigator } from '@/dom/mention-navigator';
import { createMutationQueue, type MutationQueue } from '@/dom/mutation-queue';
import { createYield } from '@/dom/yield';
import type { Request, ResponseFor } from '@/lib/protocol';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { getSettings, userKbItem, watchSettings } from '@/utils/settings-store';
import { createCardUi, UI_HOST_NAME } from './card-ui';
import { e2ePassDone, e2eStartStep, onE2eReannotate } from './e2e-hook';
import { bundledRuntime, runtimeWithUserKb, type KbRuntime } from './kb-runtime';

export async function startBackstory(ctx: ContentScriptContext): Promise<void> {
  const startedAt = performance.now();
  let startRecorded = false;
  const doc = document;
  const registry = createHighlightRegistry(doc);
  if (!registry) {
    // No Custom Highlight API: mark nothing rather than rewrite the page.
    console.info(
      'Backstory: this browser lacks the CSS Custom Highlight API; names are not marked.',
    );
    return;
  }
  const reg: HighlightRegistry = registry;
  const e2e = import.meta.env.MODE === 'e2e';
  let t = performance.now();
  let settings: Settings = await getSettings();
  if (e2e) e2eStartStep('settings', t);
  t = performance.now();
  let runtime: KbRuntime = bundledRuntime();
  if (e2e) e2eStartStep('kb', t);
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
      reg.setFocus(null);
      hover?.reset();
    },
  });

  function openCard(entityId: string, mark: Parameters<typeof ui.show>[0], focus: boolean): void {
    const model = runtime.cardModel(entityId);
    if (model) ui.show(mark, model, focus);
  }

  const navigator = createMentionNavigator({
    doc,
    registry: reg,
    open: (mark) => openCard(mark.entityId, mark, true),
  });

  let hover: HoverDetector | null = null;
  let queue: MutationQueue | null = null;

  function makeAnnotator(): Annotator {
    return createAnnotator({
      doc,
      matcher: runtime.matcher,
      registry: reg,
      entities: runtime.entities,
      fold: runtime.fold,
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
    ui.hide();
    if (active) void fullPass();
  }

  function activate(): void {
    if (active) return;
    active = true;
    reg.setStyle(settings.highlightStyle);
    queue = createMutationQueue({
      doc,
      isOwnNode,
      invalidateText: (node) => {
        reg.removeNodes([node]);
        if (ui.current?.parts.some((part) => part.node === node)) ui.hide();
      },
      onBatch: async (batch) => {
        checkUrl();
        if (!active || !annotator) return;
        for (const node of batch.removed) reg.removeWithin(node);
        if (ui.current && !ui.current.parts[0]!.node.isConnected) ui.hide();
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
      hide: () => ui.hide(),
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
    ui.hide();
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
      ui.hide();
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
      if (!ui.isOpen()) return;
      // This Esc was for our card; the page should not also act on it.
      e.stopPropagation();
      ui.hide();
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'pointerdown',
    (e: PointerEvent) => {
      if (ui.isOpen() && !ui.isOwn(e.target)) ui.hide();
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
  const unwatchUserKb = userKbItem.watch((user) => {
    runtime = runtimeWithUserKb(user);
    annotator = null;
    ui.hide();
    if (active) void fullPass();
  });

  ctx.onInvalidated(() => {
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.removeListener(onMessage);
    unwatchSettings();
    unwatchUserKb();
    unwatchE2e?.();
    deactivate();
    ui.destroy();
    reg.detach();
  });

  const user = await userKbItem.getValue().catch(() => null);
  if (user) runtime = runtimeWithUserKb(user);
  apply(settings);
}
