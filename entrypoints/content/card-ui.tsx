/**
 * The one Shadow DOM host (`<backstory-ui>`) that carries the hover card.
 * Created on the first card the reader opens: until then the content script
 * has added no node to the page and paid nothing for the UI (building it
 * fetches the card's CSS, which would otherwise delay the first marking pass).
 */
import type { VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { CardModel } from '@/lib/kb/card-model';
import { CardLayer, type CardState } from '@/components/card/CardLayer';
import { liveRange, type Mark } from '@/dom/highlight-registry';

/** Tag name of the shadow host. */
export const UI_HOST_NAME = 'backstory-ui';

/** See {@link createCardUi}. */
export interface CardUi {
  /**
   * Show the card for a mark; `focus` moves keyboard focus into it (keyboard
   * route). The first call builds the UI, so that card appears a moment later.
   */
  show(mark: Mark, model: CardModel, focus: boolean): void;
  /** Close the card; focus returns where it was when the card took it. */
  hide(): void;
  isOpen(): boolean;
  /** The mark whose card is open (or about to open, while the UI is first built). */
  readonly current: Mark | null;
  /** Whether an event target is (inside) our host. */
  isOwn(target: EventTarget | Node | null): boolean;
  destroy(): void;
}

/**
 * A page that zooms its body or root with CSS `zoom` would scale the card
 * and the coordinates it is placed at (off screen at zoom 2). The host
 * inherits that zoom, and WXT's reset of `:host` cannot be overridden from
 * outside, so the card's container cancels it.
 */
function cancelPageZoom(host: HTMLElement, container: HTMLElement): void {
  const zoom = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
  const cancel = typeof zoom === 'number' && zoom > 0 && zoom !== 1 ? String(1 / zoom) : '';
  if (container.style.zoom !== cancel) container.style.zoom = cancel;
}

function anchorFor(doc: Document, mark: Mark): VirtualElement {
  return {
    getBoundingClientRect: () => liveRange(doc, mark).getBoundingClientRect(),
    getClientRects: () => liveRange(doc, mark).getClientRects(),
    contextElement: mark.parts[0]!.node.parentElement ?? undefined,
  };
}

/** Card UI for `doc`; nothing is built or added to the page until the first {@link CardUi.show}. */
export function createCardUi(
  ctx: ContentScriptContext,
  doc: Document,
  opts: { onSeeAll: (entityId: string) => void; onHide: () => void },
): CardUi {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let building: Promise<void> | null = null;
  let destroyed = false;
  let state: CardState | null = null;
  let current: Mark | null = null;
  let returnFocus: Element | null = null;
  let seq = 0;

  function paint(): void {
    if (!ui) return;
    if (state && (!ui.mounted || !ui.shadowHost.isConnected)) ui.mount();
    const container = ui.mounted;
    if (!container) return;
    if (state) cancelPageZoom(ui.shadowHost, container);
    render(<CardLayer state={state} onClose={hide} onSeeAll={opts.onSeeAll} />, container);
  }

  /** Builds the shadow-root UI once; the card asked for meanwhile is painted when it is ready. */
  function build(): void {
    if (ui || building || destroyed) return;
    building = createShadowRootUi(ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: () => doc.body ?? doc.documentElement,
      append: 'last',
      onMount: (container) => container,
    })
      .then((made) => {
        if (destroyed) return;
        ui = made;
        if (state) paint();
      })
      .catch((error: unknown) => {
        building = null;
        console.error('Backstory: the card could not be shown', error);
      });
  }

  function cardHasFocus(): boolean {
    return Boolean(ui?.shadow.activeElement);
  }

  function hide(): void {
    if (!state) return;
    const hadFocus = cardHasFocus();
    state = null;
    current = null;
    paint();
    if (hadFocus) {
      const back = returnFocus as HTMLElement | null;
      if (back?.isConnected && typeof back.focus === 'function')
        back.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
    }
    returnFocus = null;
    opts.onHide();
  }

  return {
    show(mark, model, focus) {
      if (destroyed) return;
      if (focus && !cardHasFocus()) returnFocus = doc.activeElement;
      current = mark;
      state = { model, anchor: anchorFor(doc, mark), focus, key: ++seq };
      if (ui) paint();
      else build();
    },
    hide,
    isOpen: () => state !== null,
    get current() {
      return current;
    },
    isOwn(target) {
      const host = ui?.shadowHost;
      if (!host || !target) return false;
      return target === host || (target instanceof Node && host.contains(target));
    },
    destroy() {
      destroyed = true;
      state = null;
      current = null;
      paint();
      ui?.remove();
      ui = null;
    },
  };
}
