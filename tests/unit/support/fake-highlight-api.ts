/**
 * A minimal stand-in for the CSS Custom Highlight API on a linkedom page
 * (linkedom has none): `CSS.highlights` is a Map of Sets of ranges.
 */
import { parseHTML } from 'linkedom';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  /** Like the real one, `new Highlight(...initialRanges)`. */
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

/** A linkedom document whose body is `html`, with the stand-in installed on its window. */
export function pageWithHighlightApi(html: string): {
  document: Document;
  highlights: Map<string, FakeHighlight>;
} {
  const { window, document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const w = window as unknown as Record<string, unknown>;
  const highlights = new Map<string, FakeHighlight>();
  w.CSS = { highlights };
  w.Highlight = FakeHighlight;
  w.StaticRange = FakeStaticRange;
  return { document, highlights };
}

/**
 * A hand-driven IntersectionObserver: tests say which targets are near the
 * viewport with {@link FakeIntersectionObserver.report}.
 */
export class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeIntersectionObserver.last = this;
  }
  observe(target: Element): void {
    this.observed.add(target);
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  disconnect(): void {
    this.observed.clear();
  }
  reportEntries(entries: Partial<IntersectionObserverEntry>[]): void {
    this.callback(entries);
  }
  report(near: (target: Element) => boolean): void {
    this.callback([...this.observed].map((target) => ({ target, isIntersecting: near(target) })));
  }
}

/** Adds {@link FakeIntersectionObserver} to a page's window. */
export function withIntersectionObserver(document: Document): void {
  FakeIntersectionObserver.last = null;
  (document.defaultView as unknown as Record<string, unknown>).IntersectionObserver =
    FakeIntersectionObserver;
}
