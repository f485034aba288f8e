/**
 * Decides when the reader is lingering on a marked name. Highlights are not
 * elements, so there is no hover event: the pointer position is hit-tested
 * with caretPositionFromPoint / caretRangeFromPoint and confirmed against the
 * mark's rectangles (the caret API snaps to the nearest character, even in
 * empty space beside a line). Follows WCAG 2.1 SC 1.4.13: a dwell before
 * showing, a grace period so the pointer can travel onto the card, the card
 * stays while hovered, Esc dismisses.
 */
import { liveRange, type HighlightRegistry, type Mark } from './highlight-registry';

/** See {@link createHoverDetector}. */
export interface HoverDetectorOptions {
  doc: Document;
  registry: HighlightRegistry;
  /** Dwell before the card shows (read on every hover, so settings apply at once). */
  delayMs: () => number;
  /** Time the card survives after the pointer leaves name and card. */
  graceMs?: number;
  /** Whether an event target is part of our card UI. */
  isCardTarget: (target: EventTarget | null) => boolean;
  show: (mark: Mark) => void;
  hide: () => void;
  /** Whether a card is currently open (possibly opened from the keyboard). */
  isOpen: () => boolean;
}

/** See {@link createHoverDetector}. */
export interface HoverDetector {
  /** The mark under the point, if the point is really over its text. */
  hitTest(x: number, y: number): Mark | null;
  /** Forget the current hover (the card was closed some other way). */
  reset(): void;
  /**
   * Esc: the card for the mark under the pointer must not come back until
   * the pointer leaves that mark (SC 1.4.13 dismissible).
   */
  dismiss(): void;
  /**
   * A card opened from the keyboard: it stays until closed, stepped past or
   * replaced by a card the pointer asks for by moving. The page scrolling
   * under a resting pointer is not the pointer leaving a name.
   */
  holdForKeyboard(): void;
  stop(): void;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) lies inside one of the mark's line boxes (1 px slack for rounding). */
function containsPoint(doc: Document, mark: Mark, x: number, y: number): boolean {
  const rects = liveRange(doc, mark).getClientRects();
  for (const r of rects) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

export function createHoverDetector(opts: HoverDetectorOptions): HoverDetector {
  const { doc, registry, isCardTarget, show, hide, isOpen } = opts;
  const graceMs = opts.graceMs ?? 300;
  const win = doc.defaultView!;
  let shown: Mark | null = null;
  let pending: Mark | null = null;
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Dismissed with Esc while over this mark: do not reopen until the pointer leaves it. */
  let dismissed: Mark | null = null;
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  /** The open card came from the keyboard (see {@link HoverDetector.holdForKeyboard}). */
  let keyboardHold = false;

  function hitTest(x: number, y: number): Mark | null {
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
    const marks = registry.marksAt(caret.node as Text);
    if (!marks) return null;
    for (const mark of marks) {
      const part = mark.parts.find((p) => p.node === caret.node);
      if (!part || caret.offset < part.start || caret.offset > part.end) continue;
      if (containsPoint(doc, mark, x, y)) return mark;
    }
    return null;
  }

  const clearDwell = () => {
    if (dwellTimer !== undefined) clearTimeout(dwellTimer);
    dwellTimer = undefined;
    pending = null;
  };
  const clearGrace = () => {
    if (graceTimer !== undefined) clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startGrace = () => {
    if (graceTimer !== undefined || !isOpen() || keyboardHold) return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      shown = null;
      hide();
    }, graceMs);
  };

  function evaluate(): void {
    frame = 0;
    if (!last) return;
    const { x, y, target } = last;
    if (isCardTarget(target)) {
      clearDwell();
      clearGrace();
      return;
    }
    const hit = hitTest(x, y);
    if (dismissed && hit !== dismissed) dismissed = null;
    if (!hit || hit === dismissed) {
      clearDwell();
      startGrace();
      return;
    }
    if (shown === hit && isOpen()) {
      clearGrace();
      return;
    }
    if (pending === hit) return;
    clearDwell();
    pending = hit;
    const open = () => {
      dwellTimer = undefined;
      pending = null;
      if (!hit.parts[0]!.node.isConnected) return;
      clearGrace();
      keyboardHold = false;
      shown = hit;
      show(hit);
    };
    const delay = Math.max(0, opts.delayMs());
    if (delay === 0) open();
    else dwellTimer = setTimeout(open, delay);
  }

  const onMove = (e: PointerEvent) => {
    // Touch and pen taps have no hover; cards there come from the keyboard route.
    if (e.pointerType && e.pointerType !== 'mouse') return;
    // A pointermove where the pointer already was (some browsers send one
    // after a scroll) is no move away from a keyboard card.
    if (keyboardHold && last && last.x === e.clientX && last.y === e.clientY) return;
    last = { x: e.clientX, y: e.clientY, target: e.target };
    if (!frame) frame = win.requestAnimationFrame(evaluate);
  };
  const onLeave = (e: PointerEvent) => {
    // Leaving the window: relatedTarget is null.
    if (e.relatedTarget) return;
    last = null;
    clearDwell();
    startGrace();
  };
  const onScroll = () => {
    // The page moved under a still pointer: re-test where it now points
    // (not while a keyboard card is open: the keyboard route scrolls).
    if (last && !frame && !keyboardHold) frame = win.requestAnimationFrame(evaluate);
  };

  const listenOpts = { passive: true, capture: true } as const;
  doc.addEventListener('pointermove', onMove, listenOpts);
  doc.addEventListener('pointerout', onLeave, listenOpts);
  win.addEventListener('scroll', onScroll, listenOpts);

  return {
    hitTest,
    reset() {
      clearDwell();
      clearGrace();
      shown = null;
      keyboardHold = false;
    },
    dismiss() {
      dismissed = shown ?? pending ?? (last ? hitTest(last.x, last.y) : null);
      clearDwell();
      clearGrace();
      shown = null;
      keyboardHold = false;
    },
    holdForKeyboard() {
      clearDwell();
      clearGrace();
      shown = null;
      keyboardHold = true;
    },
    stop() {
      clearDwell();
      clearGrace();
      if (frame) win.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onMove, listenOpts);
      doc.removeEventListener('pointerout', onLeave, listenOpts);
      win.removeEventListener('scroll', onScroll, listenOpts);
    },
  };
}
