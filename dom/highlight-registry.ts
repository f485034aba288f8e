/**
 * Owns the `backstory-*` entries in `CSS.highlights`: one Highlight per entity
 * type, plus `backstory-focus` for the mention reached from the keyboard.
 * Marks are indexed by the text nodes they touch, so removed or edited text
 * drops exactly its own highlights. The page's nodes are never touched.
 *
 * Painting cost: after any change to the DOM or to a registered Highlight,
 * Chromium revisits every registered range at the next rendering update
 * (~3 µs each: 75,000 ranges make every frame with a DOM change take about
 * 250 ms). So on a page with many marks only those near the viewport have
 * their ranges in a Highlight; an IntersectionObserver on the marks' parent
 * elements adds and removes them as the reader scrolls. Every mark stays
 * known (counts, keyboard route, hover) whether it is painted or not.
 */
import type { EntityType } from '@/lib/kb/types';
import type { HighlightStyle } from '@/lib/settings';
import type { PageTone } from './page-tone';
import { compareComposedOrder } from './document-order';

/** Every entity type, in the order highlights are registered. */
export const MARKED_TYPES: readonly EntityType[] = [
  'person',
  'place',
  'organization',
  'event',
  'agreement',
];

/** Above this many marks, only marks near the viewport are painted (see the file comment). */
export const VIEWPORT_ONLY_ABOVE = 2_000;
/** How far beyond the viewport marks stay painted, so scrolling shows them at once. */
const VIEWPORT_MARGIN = '150% 0px 150% 0px';

/** Registry key of the keyboard-focused mention. */
export const FOCUS_HIGHLIGHT = 'backstory-focus';

/** Registry key of an entity type's highlight, e.g. `backstory-person`. */
export function highlightName(type: EntityType): string {
  return `backstory-${type}`;
}

/**
 * The style-carrying aliases of a type's highlight. The same Highlight object
 * is registered under these extra names so the page CSS can switch between
 * underline and background, in colours for a light or a dark page, without
 * any attribute on the page: `backstory-line-person`,
 * `backstory-dark-fill-place`...
 */
function styleNames(type: EntityType, style: HighlightStyle, tone: PageTone): string[] {
  const prefix = tone === 'dark' ? 'backstory-dark-' : 'backstory-';
  const names: string[] = [];
  if (style !== 'background') names.push(`${prefix}line-${type}`);
  if (style !== 'underline') names.push(`${prefix}fill-${type}`);
  return names;
}

/** Every style alias a type's highlight may be registered under. */
function allStyleNames(type: EntityType): string[] {
  return [...styleNames(type, 'both', 'light'), ...styleNames(type, 'both', 'dark')];
}

/** One marked mention. A name split across inline tags has one range per text node. */
export interface Mark {
  entityId: string;
  type: EntityType;
  /** Text nodes in document order with the marked offsets in each. */
  parts: { node: Text; start: number; end: number }[];
  /**
   * One range from the first part's start to the last part's end (so a
   * Highlight's size counts marks). Made when the mark is first painted: on a
   * huge page most marks never are (see {@link rangeOf}).
   */
  range: AbstractRange | null;
  /** Whether `range` is in its type's Highlight now (kept by the registry). */
  painted: boolean;
  /**
   * The element watched for this mark in viewport mode (kept by the
   * registry): once the page removes the text, its parent is gone.
   */
  anchor: Element | null;
}

/** See {@link createHighlightRegistry}. */
export interface HighlightRegistry {
  /**
   * Register marks (already built with {@link buildMark}). They are indexed
   * at once; their ranges reach the Highlights in batches of doubling size
   * (see {@link flush}).
   */
  add(marks: readonly Mark[]): void;
  /**
   * Put pending ranges into their Highlights, at most `max` of them (adding
   * tens of thousands at once is itself a long task). Returns how many are
   * still pending.
   */
  flush(max?: number): number;
  /** Whether enough is pending that committing now keeps the total cost linear. */
  readonly shouldFlush: boolean;
  /** Drop every mark touching one of these text nodes; returns how many. */
  removeNodes(nodes: Iterable<Text>): number;
  /** Drop these marks (those still registered); returns how many. */
  removeMarks(marks: readonly Mark[]): number;
  /** The marks registered now, in no particular order. */
  snapshot(): Mark[];
  /** Drop every mark touching a text node inside `root` (root included). */
  removeWithin(root: Node): number;
  /** Marks touching a text node. */
  marksAt(node: Text): readonly Mark[] | undefined;
  /** All marks in document order (sorted lazily, cached until the next change). */
  ordered(): readonly Mark[];
  /** Number of marks. */
  readonly size: number;
  /** Number of marks whose ranges are in a Highlight (all of them unless the page has many). */
  readonly painted: number;
  /** Focus highlight on one mark, or none. */
  setFocus(mark: Mark | null): void;
  readonly focused: Mark | null;
  setStyle(style: HighlightStyle): void;
  /** Colours for a light or a dark page (see ./page-tone.ts). */
  setTone(tone: PageTone): void;
  /** Remove all marks (highlights stay registered, if they were, empty). */
  clear(): void;
  /** Unregister everything from `CSS.highlights`. */
  detach(): void;
}

interface HighlightApi {
  registry: Map<string, Highlight>;
  /** A new Highlight, holding `ranges` from the start (one call for all of them). */
  create(ranges?: readonly AbstractRange[]): Highlight;
  staticRange(init: StaticRangeInit): AbstractRange;
  /** The window's IntersectionObserver, where it has one. */
  IntersectionObserver: typeof IntersectionObserver | undefined;
}

/** Highlight API of the document's window, or null where the browser lacks it. */
export function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView;
  const registry = win?.CSS?.highlights;
  const HighlightCtor = win?.Highlight;
  if (!win || !registry || typeof HighlightCtor !== 'function') return null;
  const StaticRangeCtor = win.StaticRange;
  const observerCtor = (win as { IntersectionObserver?: typeof IntersectionObserver })
    .IntersectionObserver;
  return {
    registry,
    IntersectionObserver: typeof observerCtor === 'function' ? observerCtor : undefined,
    create: (ranges = []) => Reflect.construct<AbstractRange[], Highlight>(HighlightCtor, ranges),
    // Chosen once: this runs for every painted mark.
    staticRange:
      typeof StaticRangeCtor === 'function'
        ? (init) => new StaticRangeCtor(init)
        : (init) => {
            const range = doc.createRange();
            range.setStart(init.startContainer, init.startOffset);
            range.setEnd(init.endContainer, init.endOffset);
            return range;
          },
  };
}

/**
 * A mark of `entityId` for `[start, end)` of a snapshot whose text nodes are
 * `segments`. `cursor.at` is the index of a segment at or before the mark's
 * start, and is moved up to the mark (the caller walks mentions in order, so
 * the search is amortised linear). Plain arguments, no result object: this
 * runs once per mention, on a fresh page before V8 has optimised it.
 */
export function buildMark(
  segments: readonly { node: Text; start: number; end: number }[],
  cursor: { at: number },
  entityId: string,
  type: EntityType,
  start: number,
  end: number,
): Mark | null {
  let i = cursor.at;
  while (i < segments.length && segments[i]!.end <= start) i++;
  cursor.at = i;
  let parts: Mark['parts'] | null = null;
  const only = segments[i];
  // Most names sit inside one text node.
  if (only && only.start <= start && end <= only.end && end > start) {
    parts = [{ node: only.node, start: start - only.start, end: end - only.start }];
    i = segments.length;
  }
  for (; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const from = (start > seg.start ? start : seg.start) - seg.start;
    const to = (end < seg.end ? end : seg.end) - seg.start;
    if (to <= from) continue;
    const part = { node: seg.node, start: from, end: to };
    if (parts) parts.push(part);
    else parts = [part];
  }
  if (!parts) return null;
  return { entityId, type, parts, range: null, painted: false, anchor: null };
}

/**
 * Reused by {@link rangeOf}: the range constructors copy its fields, and one
 * object literal less per painted mark (cold code on a fresh page).
 */
const rangeInit: StaticRangeInit = {
  startContainer: null as unknown as Node,
  startOffset: 0,
  endContainer: null as unknown as Node,
  endOffset: 0,
};

/** The mark's highlight range, made on first use. */
export function rangeOf(api: Pick<HighlightApi, 'staticRange'>, mark: Mark): AbstractRange {
  if (mark.range) return mark.range;
  const parts = mark.parts;
  const first = parts[0]!;
  const last = parts.length === 1 ? first : parts[parts.length - 1]!;
  // A range may cross element boundaries ("Hulusi <b>Akar</b>"): it paints
  // only the text inside it, and the page's nodes stay as they are.
  rangeInit.startContainer = first.node;
  rangeInit.startOffset = first.start;
  rangeInit.endContainer = last.node;
  rangeInit.endOffset = last.end;
  const range = api.staticRange(rangeInit);
  // Hold no page node once the range is made.
  rangeInit.startContainer = rangeInit.endContainer = null as unknown as Node;
  mark.range = range;
  return range;
}

/** A live Range covering a mark (for geometry: rectangles, scrolling). */
export function liveRange(doc: Document, mark: Mark): Range {
  const range = doc.createRange();
  const first = mark.parts[0]!;
  const last = mark.parts[mark.parts.length - 1]!;
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

/**
 * Creates the registry for `doc` and registers its (empty) highlights.
 * Returns null where the Custom Highlight API is missing: the extension then
 * marks nothing rather than touching the page's DOM.
 */
export function createHighlightRegistry(
  doc: Document,
  style: HighlightStyle = 'underline',
  tone: PageTone = 'light',
): HighlightRegistry | null {
  const api = highlightApi(doc);
  if (!api) return null;
  const byType = new Map<EntityType, Highlight>();
  for (const type of MARKED_TYPES) {
    const hl = api.create();
    // Above other extensions' and the page's own highlights of the same text.
    hl.priority = 1;
    byType.set(type, hl);
  }
  const focus = api.create();
  focus.priority = 2;
  /**
   * Marks touching each text node: the mark itself for the usual one, an
   * array only when a node holds several (saves an array per mark).
   */
  const byNode = new Map<Text, Mark | Mark[]>();
  const marks = new Set<Mark>();
  /**
   * Marks whose ranges are not in a Highlight yet. Every change to a
   * registered Highlight makes the browser revisit all of its ranges at the
   * next rendering update, so adding them slice by slice on a huge page
   * would cost quadratic time; committing in batches at least as large as
   * what is already committed keeps the total linear.
   */
  let pending: Mark[] = [];
  /** `pending[pendingFrom]` is the next mark to commit. */
  let pendingFrom = 0;
  let committed = 0;
  let order: Mark[] | null = null;
  let focused: Mark | null = null;
  let currentStyle = style;
  let currentTone = tone;

  /**
   * Whether our highlights are in `CSS.highlights`. They go in with the first
   * mark: a page without any known name gets no entry, and each registration
   * costs the page a style update.
   */
  let registered = false;

  /** Viewport-only painting, once the page has many marks (null until then). */
  let viewport: {
    observer: IntersectionObserver;
    /** Marks by the element the observer watches for them (their first text node's parent). */
    marksOf: Map<Element, Set<Mark>>;
    /** Watched elements currently near the viewport. */
    near: Set<Element>;
  } | null = null;

  function anchorOf(mark: Mark): Element | null {
    return mark.parts[0]!.node.parentElement;
  }

  function paint(mark: Mark): void {
    if (mark.painted) return;
    if (!registered) register();
    byType.get(mark.type)?.add(rangeOf(api!, mark));
    mark.painted = true;
    committed++;
  }

  function unpaint(mark: Mark): void {
    if (!mark.painted) return;
    if (mark.range) byType.get(mark.type)?.delete(mark.range);
    mark.painted = false;
    committed--;
  }

  /** Viewport mode: watch the mark's element; paint it at once if that element is near. */
  function watch(mark: Mark): void {
    const anchor = anchorOf(mark);
    if (!viewport || !anchor) return paint(mark);
    mark.anchor = anchor;
    const set = viewport.marksOf.get(anchor);
    if (set) set.add(mark);
    else {
      viewport.marksOf.set(anchor, new Set([mark]));
      viewport.observer.observe(anchor);
    }
    if (viewport.near.has(anchor)) paint(mark);
  }

  function unwatch(mark: Mark): void {
    const anchor = mark.anchor;
    const set = anchor ? viewport?.marksOf.get(anchor) : undefined;
    if (!viewport || !anchor || !set) return;
    mark.anchor = null;
    set.delete(mark);
    if (set.size === 0) {
      viewport.marksOf.delete(anchor);
      viewport.near.delete(anchor);
      viewport.observer.unobserve(anchor);
    }
  }

  function onIntersection(entries: IntersectionObserverEntry[]): void {
    if (!viewport) return;
    for (const entry of entries) {
      const set = viewport.marksOf.get(entry.target);
      if (!set) continue;
      // An element without a box of its own (display: contents) never
      // intersects, yet its text shows: paint its marks rather than lose them.
      const box = entry.boundingClientRect as DOMRectReadOnly | undefined;
      if (entry.isIntersecting || (box && box.width === 0 && box.height === 0)) {
        viewport.near.add(entry.target);
        for (const mark of set) paint(mark);
      } else {
        viewport.near.delete(entry.target);
        for (const mark of set) unpaint(mark);
      }
    }
  }

  /**
   * Switches to viewport-only painting. Marks painted so far stay painted
   * until the observer reports them far away (no flash of unmarked text).
   */
  function enterViewportMode(): void {
    const Observer = api!.IntersectionObserver;
    if (viewport || !Observer) return;
    viewport = {
      observer: new Observer(onIntersection, { rootMargin: VIEWPORT_MARGIN }),
      marksOf: new Map(),
      near: new Set(),
    };
    for (const mark of marks) {
      const anchor = anchorOf(mark);
      if (!anchor) continue;
      // Near until the first report says otherwise.
      if (mark.painted) viewport.near.add(anchor);
      watch(mark);
    }
    pending = [];
    pendingFrom = 0;
  }

  function register(): void {
    registered = true;
    for (const [type, hl] of byType) {
      api!.registry.set(highlightName(type), hl);
      for (const name of allStyleNames(type)) api!.registry.delete(name);
      for (const name of styleNames(type, currentStyle, currentTone)) api!.registry.set(name, hl);
    }
    api!.registry.set(FOCUS_HIGHLIGHT, focus);
  }

  /**
   * First commit: one new Highlight per type built from all its ranges at
   * once, instead of one call per range (on a fresh page each call from the
   * interpreted content script costs about a microsecond).
   */
  function commitFresh(): void {
    const byTypeRanges = new Map<EntityType, AbstractRange[]>();
    const list = pending;
    let type: EntityType | null = null;
    let ranges: AbstractRange[] = [];
    for (let i = pendingFrom; i < list.length; i++) {
      const mark = list[i]!;
      if (!marks.has(mark)) continue;
      // Consecutive marks often share a type: look the list up only on a change.
      if (mark.type !== type) {
        type = mark.type;
        const known = byTypeRanges.get(type);
        if (known) ranges = known;
        else byTypeRanges.set(type, (ranges = []));
      }
      ranges.push(mark.range ?? rangeOf(api!, mark));
      mark.painted = true;
      committed++;
    }
    for (const [t, r] of byTypeRanges) {
      const hl = api!.create(r);
      hl.priority = 1;
      byType.set(t, hl);
    }
    pending = [];
    pendingFrom = 0;
    register();
  }

  function flush(max = Infinity): number {
    if (committed === 0 && pending.length - pendingFrom <= max && pending.length > pendingFrom) {
      commitFresh();
      return 0;
    }
    let n = 0;
    let i = pendingFrom;
    for (; i < pending.length && n < max; i++) {
      const mark = pending[i]!;
      // Dropped before it was committed.
      if (!marks.has(mark)) continue;
      paint(mark);
      n++;
    }
    if (i >= pending.length) {
      pending = [];
      pendingFrom = 0;
    } else {
      pendingFrom = i;
    }
    return pending.length - pendingFrom;
  }

  function unindex(node: Text, mark: Mark): void {
    const at = byNode.get(node);
    if (at === mark) {
      byNode.delete(node);
    } else if (Array.isArray(at)) {
      const i = at.indexOf(mark);
      if (i >= 0) at.splice(i, 1);
      if (at.length === 1) byNode.set(node, at[0]!);
      else if (at.length === 0) byNode.delete(node);
    }
  }

  function drop(mark: Mark): void {
    if (!marks.delete(mark)) return;
    // A mark still pending is skipped by flush(); a committed one leaves its Highlight.
    unpaint(mark);
    unwatch(mark);
    for (const part of mark.parts) unindex(part.node, mark);
    if (focused === mark) setFocus(null);
    order = null;
  }

  function setFocus(mark: Mark | null): void {
    focus.clear();
    focused = mark && marks.has(mark) ? mark : null;
    if (!focused) return;
    if (!registered) register();
    focus.add(rangeOf(api!, focused));
  }

  function removeNodes(nodes: Iterable<Text>): number {
    let n = 0;
    for (const node of nodes) {
      const at = byNode.get(node);
      if (!at) continue;
      if (Array.isArray(at)) {
        for (const mark of [...at]) {
          drop(mark);
          n++;
        }
      } else {
        drop(at);
        n++;
      }
    }
    return n;
  }

  return {
    add(list) {
      // Indexed loops: on a fresh page this runs in V8's interpreter, where
      // for-of pays for the iterator protocol on every mark.
      for (let i = 0; i < list.length; i++) {
        const mark = list[i]!;
        if (marks.has(mark)) continue;
        marks.add(mark);
        if (viewport) watch(mark);
        else pending.push(mark);
        const parts = mark.parts;
        for (let k = 0; k < parts.length; k++) {
          const node = parts[k]!.node;
          const at = byNode.get(node);
          if (at === undefined) byNode.set(node, mark);
          else if (Array.isArray(at)) at.push(mark);
          else byNode.set(node, [at, mark]);
        }
      }
      if (list.length > 0) order = null;
      if (!viewport && marks.size > VIEWPORT_ONLY_ABOVE) enterViewportMode();
    },
    flush,
    get shouldFlush() {
      const size = pending.length - pendingFrom;
      return size > 0 && size >= Math.max(256, committed);
    },
    removeNodes,
    removeMarks(list) {
      let n = 0;
      for (const mark of list) {
        if (!marks.has(mark)) continue;
        drop(mark);
        n++;
      }
      return n;
    },
    snapshot() {
      return [...marks];
    },
    removeWithin(root) {
      if (marks.size === 0) return 0;
      if (root.nodeType === 3) return removeNodes([root as Text]);
      // Fewer marks than descendants: test each marked node instead of walking.
      if (byNode.size < 256) {
        const inside: Text[] = [];
        for (const node of byNode.keys()) if (root.contains(node)) inside.push(node);
        return removeNodes(inside);
      }
      const walker = (root.ownerDocument ?? doc).createTreeWalker(root, 4 /* SHOW_TEXT */);
      const inside: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (byNode.has(n as Text)) inside.push(n as Text);
      }
      return removeNodes(inside);
    },
    marksAt(node) {
      const at = byNode.get(node);
      return at === undefined || Array.isArray(at) ? at : [at];
    },
    ordered() {
      if (!order) {
        order = [...marks].filter((m) => m.parts[0]!.node.isConnected);
        order.sort((a, b) => {
          const na = a.parts[0]!.node;
          const nb = b.parts[0]!.node;
          if (na === nb) return a.parts[0]!.start - b.parts[0]!.start;
          return compareComposedOrder(na, nb);
        });
      }
      return order;
    },
    get size() {
      return marks.size;
    },
    get painted() {
      return committed;
    },
    setFocus,
    get focused() {
      return focused;
    },
    setStyle(next) {
      if (next === currentStyle) return;
      currentStyle = next;
      if (registered) register();
    },
    setTone(next) {
      if (next === currentTone) return;
      currentTone = next;
      if (registered) register();
    },
    clear() {
      viewport?.observer.disconnect();
      viewport = null;
      for (const mark of marks) {
        mark.painted = false;
        mark.anchor = null;
      }
      for (const hl of byType.values()) hl.clear();
      focus.clear();
      focused = null;
      marks.clear();
      pending = [];
      pendingFrom = 0;
      committed = 0;
      byNode.clear();
      order = null;
    },
    detach() {
      registered = false;
      for (const type of MARKED_TYPES) {
        api.registry.delete(highlightName(type));
        for (const name of allStyleNames(type)) api.registry.delete(name);
      }
      api.registry.delete(FOCUS_HIGHLIGHT);
    },
  };
}
