/**
 * Keyboard route to every card: step to the next or previous marked name,
 * scroll it into view, give it the focus highlight and open its card. Also
 * answers the popup's "which entities are here" and "go to this entity".
 */
import type { PageEntityCount } from '@/lib/protocol';
import { liveRange, type HighlightRegistry, type Mark } from './highlight-registry';

/** See {@link createMentionNavigator}. */
export interface MentionNavigatorOptions {
  doc: Document;
  registry: HighlightRegistry;
  /** Open the card for a mark reached from the keyboard. */
  open: (mark: Mark) => void;
}

/** See {@link createMentionNavigator}. */
export interface MentionNavigator {
  /** Go to the next (1) or previous (-1) mark; false when the page has none. */
  step(direction: 1 | -1): boolean;
  /** Go to the next mark of an entity after the current one; false when absent. */
  focusEntity(entityId: string): boolean;
  /** Entities on the page with how often they are marked, most frequent first. */
  counts(): PageEntityCount[];
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Index of the first mark whose text starts at or below the top of the viewport. */
function firstInView(doc: Document, marks: readonly Mark[]): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const top = liveRange(doc, marks[mid]!).getBoundingClientRect().top;
    if (top < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a mark's text is rendered. The collector does not ask for computed
 * style (too slow on big pages), so text under `display: none` may be marked:
 * the Highlight API paints nothing there, and the keyboard route skips it.
 */
function isRendered(doc: Document, mark: Mark): boolean {
  const range = liveRange(doc, mark);
  if (typeof range.getClientRects !== 'function') return true;
  return range.getClientRects().length > 0;
}

export function createMentionNavigator(opts: MentionNavigatorOptions): MentionNavigator {
  const { doc, registry, open } = opts;

  function go(mark: Mark): void {
    const el = mark.parts[0]!.node.parentElement;
    el?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: prefersReducedMotion(doc) ? 'instant' : 'smooth',
    });
    registry.setFocus(mark);
    open(mark);
  }

  function current(marks: readonly Mark[]): number {
    const f = registry.focused;
    return f ? marks.indexOf(f) : -1;
  }

  return {
    step(direction) {
      const marks = registry.ordered();
      if (marks.length === 0) return false;
      let i = current(marks);
      if (i < 0) {
        // Nothing focused yet: start from what the reader is looking at.
        const first = firstInView(doc, marks);
        i = direction === 1 ? first : first - 1;
      } else {
        i += direction;
      }
      const n = marks.length;
      for (let k = 0; k < n; k++, i += direction) {
        const mark = marks[((i % n) + n) % n]!;
        if (!isRendered(doc, mark)) continue;
        go(mark);
        return true;
      }
      return false;
    },
    focusEntity(entityId) {
      const marks = registry.ordered();
      const from = current(marks);
      for (let k = 1; k <= marks.length; k++) {
        const mark = marks[(from + k + marks.length) % marks.length]!;
        if (mark.entityId === entityId && isRendered(doc, mark)) {
          go(mark);
          return true;
        }
      }
      return false;
    },
    counts() {
      const by = new Map<string, number>();
      for (const m of registry.ordered()) by.set(m.entityId, (by.get(m.entityId) ?? 0) + 1);
      return [...by]
        .map(([entityId, count]) => ({ entityId, count }))
        .sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
    },
  };
}
