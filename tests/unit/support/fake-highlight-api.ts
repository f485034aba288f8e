/**
 * A minimal stand-in for the CSS Custom Highlight API on a linkedom page
 * (linkedom has none): `CSS.highlights` is a Map of Sets of ranges.
 */
import { parseHTML } from 'linkedom';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
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
