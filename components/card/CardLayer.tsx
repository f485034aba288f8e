import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import type { VirtualElement } from '@floating-ui/dom';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { backgroundTone } from '@/dom/page-tone';
import type { CardModel } from '@/lib/kb/card-model';
import { EntityCard, type CardScheme } from './EntityCard';

/** What the layer shows: one card anchored to a marked name, or nothing. */
export interface CardState {
  model: CardModel;
  /** The marked text on the page (a virtual element over its range). */
  anchor: VirtualElement;
  /** Opened from the keyboard: move focus into the card. */
  focus: boolean;
  /** Changes on every open, so reopening the same entity re-positions. */
  key: number;
}

/** Props of {@link CardLayer}. */
export interface CardLayerProps {
  state: CardState | null;
  onClose: () => void;
  onSeeAll: (entityId: string) => void;
}

const VIEWPORT_PADDING = 8;
/** Tallest a card grows (kept in step with card.css): its body scrolls past it. */
const CARD_MAX_HEIGHT = 460;

/**
 * Dark when the reader asks for dark, or when the page under the name is
 * painted dark (a dark site in a light system): a white card flashing over a
 * dark page is the jarring case. Read once per opening.
 */
export function cardScheme(context: Element | undefined): CardScheme {
  const view = context?.ownerDocument.defaultView;
  if (!context || !view) return 'light';
  if (view.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return backgroundTone(context) ?? 'light';
}

/**
 * Positions the card next to the marked name with floating-ui: below by
 * default, flipped above when there is no room, shifted to stay inside the
 * viewport, and kept attached while the page scrolls or resizes.
 */
export function CardLayer({ state, onClose, onSeeAll }: CardLayerProps) {
  const cardRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!state || !card) return;
    // The card is invisible (so unfocusable) until first positioned.
    let focusPending = state.focus;
    const update = () => {
      void computePosition(state.anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: VIEWPORT_PADDING }),
          shift({ padding: VIEWPORT_PADDING }),
          size({
            padding: VIEWPORT_PADDING,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(120, Math.min(CARD_MAX_HEIGHT, Math.floor(availableHeight)))}px`;
            },
          }),
          hide(),
        ],
      }).then(({ x, y, placement, middlewareData }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        // The name scrolled out of sight (page or inner scroller): so does the card.
        const hidden = middlewareData.hide?.referenceHidden === true;
        card.style.visibility = hidden ? 'hidden' : '';
        card.dataset.placement = placement;
        card.dataset.positioned = 'true';
        // A smooth scroll may still be bringing the name into view.
        if (focusPending && !hidden) {
          focusPending = false;
          card.focus({ preventScroll: true });
        }
      });
    };
    const stop = autoUpdate(state.anchor, card, update, { animationFrame: false });
    return () => {
      stop();
      delete card.dataset.positioned;
    };
  }, [state?.key]);

  const contextElement = state?.anchor.contextElement;
  const scheme = useMemo(() => cardScheme(contextElement), [state?.key]);

  if (!state) return null;
  return (
    <EntityCard
      key={state.key}
      model={state.model}
      scheme={scheme}
      cardRef={cardRef}
      onClose={onClose}
      onSeeAll={onSeeAll}
    />
  );
}
